/**
 * The figures the bet's views and description use, each read once through the one look-up
 * (lib/charts/lookup.ts `point`), so a fact missing from the spec fails the build naming it.
 */
import { numberOf, point } from '@/lib/charts/lookup';
import { pointDate, pointTime } from '@/lib/charts/time';
import { formatValue } from '@/lib/registry/format';
import type { ChartData, ChartList, ChartLocale, ChartPoint } from '../types';

export interface TheBetData extends ChartData {
  timeline: ChartList;
  pledge: ChartList;
  autonomy: ChartList;
  revenue: ChartList;
  shares: ChartList;
  research: ChartList;
  invested: ChartList;
}

export function betFigures(data: TheBetData) {
  const f = {
    announced: point(data, 'timeline', 'ev-business-announced'),
    deepmotion: point(data, 'timeline', 'deepmotion-acquisition'),
    adDate: point(data, 'timeline', 'autonomous-driving-announced'),
    su7: point(data, 'timeline', 'su7-launch-date'),
    reaffirmed: point(data, 'timeline', 'europe-2027-q3-results'),
    europe: point(data, 'timeline', 'europe-target-year'),
    initial: point(data, 'pledge', 'initial-investment'),
    planned: point(data, 'pledge', 'planned-investment-usd'),
    years: point(data, 'pledge', 'plan-years'),
    ad: point(data, 'autonomy', 'autonomous-driving-investment'),
    team: point(data, 'autonomy', 'autonomous-driving-team-2022'),
    fleet: point(data, 'autonomy', 'autonomous-driving-test-fleet'),
    group: point(data, 'revenue', 'group-revenue-2024fy'),
    phones: point(data, 'revenue', 'smartphone-revenue-2024fy'),
    iot: point(data, 'revenue', 'iot-revenue-2024fy'),
    internet: point(data, 'revenue', 'internet-revenue-2024fy'),
    ev: point(data, 'revenue', 'segment-revenue-2024fy'),
    evOnly: point(data, 'revenue', 'ev-revenue-2024fy'),
    phonesShare: point(data, 'shares', 'smartphone-share-2024fy'),
    iotShare: point(data, 'shares', 'iot-share-2024fy'),
    internetShare: point(data, 'shares', 'internet-share-2024fy'),
    evShare: point(data, 'shares', 'segment-share-2024fy'),
    rd24: point(data, 'research', 'rd-spend-2024'),
    rd25: point(data, 'research', 'rd-budget-2025'),
    ai: point(data, 'research', 'ai-rd-budget-2025'),
    cumulative: point(data, 'invested', 'cumulative-investment-2022-2025h1'),
    rate: point(data, 'invested', 'usd-cny-rate-2025-08'),
    share: point(data, 'invested', 'investment-share-of-pledge'),
  };
  // The years the timeline spans: from the announcement to the end of Europe's target year.
  const firstYear = pointTime(f.announced).getUTCFullYear();
  const lastYear = pointTime(f.europe).getUTCFullYear() + 1;
  const planEnd = firstYear + numberOf(f.years);
  return { ...f, firstYear, lastYear, planEnd };
}

export type BetFigures = ReturnType<typeof betFigures>;

/** A figure and its period in the reader's language, through the registry's formatter. */
export function printer(locale: ChartLocale) {
  return {
    say: (p: ChartPoint) => formatValue(p, { locale }),
    when: (p: ChartPoint) => p.periodText,
  };
}

/** The blanks every description can use, filled from the figures (see BetCopy.descriptions). */
export function descriptionValues(f: BetFigures, locale: ChartLocale): Record<string, string | number> {
  const { say, when } = printer(locale);
  return {
    announced: say(f.announced), initial: say(f.initial), planned: say(f.planned), years: say(f.years),
    deepmotionDate: pointDate(f.deepmotion, locale), deepmotion: say(f.deepmotion), ad: say(f.ad), adDate: say(f.adDate),
    groupPeriod: when(f.group), group: say(f.group), phonesShare: say(f.phonesShare), iotShare: say(f.iotShare),
    internetShare: say(f.internetShare), evShare: say(f.evShare),
    rd24: say(f.rd24), rd24Period: when(f.rd24), rd25: say(f.rd25), rd25Period: when(f.rd25), ai: say(f.ai), ev: say(f.ev),
    cumulative: say(f.cumulative), cumulativePeriod: when(f.cumulative), rate: say(f.rate), ratePeriod: when(f.rate), share: say(f.share),
    su7: say(f.su7), europe: say(f.europe), planEnd: f.planEnd,
  };
}
