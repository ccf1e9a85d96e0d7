/**
 * The figures the launch chart and its description use, each read once through the one look-up
 * (lib/charts/lookup.ts `point`), and the moments it places on its time axis.
 */
import { numberOf, point } from '@/lib/charts/lookup';
import { pointDate, pointStart } from '@/lib/charts/time';
import { formatValue } from '@/lib/registry/format';
import type { LaunchMilestone, LaunchRule } from '@/content/charts/the-launch';
import type { ChartData, ChartList, ChartLocale, ChartPoint, ChartSeries } from '../types';

export interface TheLaunchData extends ChartData {
  deliveries: ChartSeries;
  derivedQuarter: ChartList;
  capacity: ChartList;
  milestones: ChartList;
  orders: ChartList;
  windows: ChartList;
  production: ChartList;
  ultra: ChartList;
  waiting: ChartList;
}

const DAY = 86_400_000;

/** The fact dating each milestone, in the order of the spec's list. */
const MILESTONE_FACTS: Record<Exclude<LaunchMilestone, 'su7Hundred'>, string> = {
  su7Launch: 'su7-launch-date', firstDeliveries: 'su7-first-deliveries', phase2Start: 'phase2-construction-start',
  ultraPresale: 'su7-ultra-presale-date', ultraLaunch: 'su7-ultra-launch-date', yu7Launch: 'yu7-launch-date',
  phase2Running: 'phase2-operational', car500k: 'car-500000th-date',
};

/** The order count behind each rule. */
export const RULE_FACTS: Record<LaunchRule, string> = {
  su7Minutes: 'su7-orders-27-minutes', su7Day: 'su7-orders-24h', su7Locked: 'su7-locked-orders',
  yu7Minutes: 'yu7-orders-3-minutes', yu7Hour: 'yu7-orders-1-hour', yu7Locked: 'yu7-locked-18-hours',
};

export function launchFigures(data: TheLaunchData) {
  const q = (id: string) => point(data, 'deliveries', id);
  const f = {
    quarters: [q('deliveries-2024q2'), q('deliveries-2024q3'), q('deliveries-2024q4'), q('deliveries-2025q1'), q('deliveries-2025q2'), q('deliveries-2025q3')],
    derived: point(data, 'derivedQuarter', 'deliveries-2025q4-derived') as ChartPoint<number>,
    phase1: point(data, 'capacity', 'factory-phase1-capacity'),
    total: point(data, 'capacity', 'factory-capacity-total'),
    su7Window: point(data, 'windows', 'su7-orders-window-minutes'),
    yu7Window: point(data, 'windows', 'yu7-locked-window-hours'),
    su7Days: point(data, 'production', 'su7-days-to-100000'),
    su7Hundred: point(data, 'production', 'su7-production-milestone'),
    car500k: point(data, 'production', 'car-production-milestone'),
    ultraPresalePrice: point(data, 'ultra', 'su7-ultra-presale-price'),
    ultraLaunchPrice: point(data, 'ultra', 'su7-ultra-launch-price'),
    waitDate: point(data, 'waiting', 'wait-quoted-date'),
    maxLow: point(data, 'waiting', 'wait-su7-max-low'),
    maxHigh: point(data, 'waiting', 'wait-su7-max-high'),
    ultraWeeks: point(data, 'waiting', 'wait-su7-ultra'),
  };
  const rules = Object.fromEntries(Object.entries(RULE_FACTS).map(([k, id]) => [k, point(data, 'orders', id)])) as Record<LaunchRule, ChartPoint>;
  const dated = Object.fromEntries(Object.entries(MILESTONE_FACTS).map(([k, id]) => [k, point(data, 'milestones', id)])) as Record<Exclude<LaunchMilestone, 'su7Hundred'>, ChartPoint>;
  // A milestone known only to the month is marked at the month's start.
  // The 100,000th SU7 is placed at launch date + the day count; it is not a registry date itself.
  const when = new Map<LaunchMilestone, number>(Object.entries(dated).map(([k, p]) => [k as LaunchMilestone, pointStart(p).getTime()]));
  when.set('su7Hundred', when.get('su7Launch')! + numberOf(f.su7Days) * DAY);
  // Milestones in date order: label rows, guides and ticks are drawn in this order.
  const milestones = [...when.keys()].sort((a, b) => when.get(a)! - when.get(b)!);
  return { ...f, rules, dated, when, milestones };
}

export type LaunchFigures = ReturnType<typeof launchFigures>;

/** A figure in the reader's language, through the registry's formatter. */
export const say = (p: ChartPoint, locale: ChartLocale) => formatValue(p, { locale });
/** A plain count ("150,000"; 15万 in Chinese), for figures the copy gives their noun. */
export const count = (value: number, locale: ChartLocale) => formatValue({ value, unit: 'count' }, { locale });

/** The blanks the descriptions use (LaunchCopy.descriptions). */
export function descriptionValues(f: LaunchFigures, locale: ChartLocale): Record<string, string> {
  const period = (p: ChartPoint) => p.periodText;
  const date = (k: Exclude<LaunchMilestone, 'su7Hundred'>) => say(f.dated[k], locale);
  const [q1, q2, q3, q4, q5, q6] = f.quarters;
  return {
    launch: date('su7Launch'), firstDeliveries: date('firstDeliveries'), ultraPresale: date('ultraPresale'), ultraLaunch: date('ultraLaunch'),
    yu7Launch: date('yu7Launch'), phase2Running: date('phase2Running'), car500k: date('car500k'),
    su7Minutes: say(f.rules.su7Minutes, locale), su7Day: say(f.rules.su7Day, locale), su7Locked: say(f.rules.su7Locked, locale),
    lockedPeriod: period(f.rules.su7Locked), yu7Hour: say(f.rules.yu7Hour, locale), yu7Locked: say(f.rules.yu7Locked, locale),
    su7Window: say(f.su7Window, locale), yu7Window: say(f.yu7Window, locale),
    phase1: count(numberOf(f.phase1), locale), phase1Quarter: count(numberOf(f.phase1) / 4, locale),
    total: count(numberOf(f.total), locale), totalQuarter: count(numberOf(f.total) / 4, locale),
    q1: say(q1, locale), q1Period: period(q1), q2: say(q2, locale), q2Period: period(q2), q3: say(q3, locale), q3Period: period(q3),
    q4: say(q4, locale), q4Period: period(q4), q5: say(q5, locale), q5Period: period(q5), q6: say(q6, locale), q6Period: period(q6),
    su7HundredCount: count(numberOf(f.su7Hundred), locale), su7HundredDays: say(f.su7Days, locale), carCount: count(numberOf(f.car500k), locale),
    ultraPresalePrice: say(f.ultraPresalePrice, locale), ultraLaunchPrice: say(f.ultraLaunchPrice, locale),
    waitDate: pointDate(f.waitDate, locale), maxLow: say(f.maxLow, locale), maxHigh: say(f.maxHigh, locale), ultraWeeks: say(f.ultraWeeks, locale),
    derived: say(f.derived, locale), derivedPeriod: period(f.derived),
  };
}
