/**
 * The figures the bet's views and description use, each read once through the one look-up
 * (lib/charts/lookup.ts `point`), so a fact missing from the spec fails the build naming it.
 */
import { numberOf, point } from '@/lib/charts/lookup';
import { pointDate, pointTime } from '@/lib/charts/time';
import type { ChartData, ChartList } from '../types';

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

/** The blanks every description can use, filled from the figures (see BetCopy.descriptions). */
export function descriptionValues(f: BetFigures): Record<string, string | number> {
  return {
    announced: f.announced.text, initial: f.initial.text, planned: f.planned.text, years: f.years.text,
    deepmotionDate: pointDate(f.deepmotion), deepmotion: f.deepmotion.text, ad: f.ad.text, adDate: f.adDate.text,
    groupPeriod: f.group.period, group: f.group.text, phonesShare: f.phonesShare.text, iotShare: f.iotShare.text,
    internetShare: f.internetShare.text, evShare: f.evShare.text,
    rd24: f.rd24.text, rd24Period: f.rd24.period, rd25: f.rd25.text, rd25Period: f.rd25.period, ai: f.ai.text, ev: f.ev.text,
    cumulative: f.cumulative.text, cumulativePeriod: f.cumulative.period, rate: f.rate.text, ratePeriod: f.rate.period, share: f.share.text,
    su7: f.su7.text, europe: f.europe.text, planEnd: f.planEnd,
  };
}
