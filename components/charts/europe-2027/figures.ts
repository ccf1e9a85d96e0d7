/**
 * The figures the Europe chart draws, each read once through point(), where the road's events sit
 * on its time line, and the screen-reader description of a step.
 */
import { scaleUtc } from 'd3-scale';
import { fill } from '@/lib/charts/copy';
import { point } from '@/lib/charts/lookup';
import { stateAt } from '@/lib/charts/states';
import { pointTime, timeOf } from '@/lib/charts/time';
import { formatValue } from '@/lib/registry/format';
import { europeRoad, europeStates as STATES, type EuropeCopy, type EuropeRoadEvent } from '@/content/charts/europe-2027';
import type { ChartData, ChartList, ChartLocale, ChartPoint } from '../types';

export interface EuropeData extends ChartData {
  road: ChartList;
  targets: ChartList;
  germany: ChartList;
  'test drive': ChartList;
}

export function figures(data: EuropeData) {
  return {
    road: europeRoad.map((id) => ({ id, p: point(data, 'road', id) })),
    earlier: point(data, 'targets', 'europe-target-year-earlier'),
    target: point(data, 'targets', 'europe-target-year'),
    german: point(data, 'germany', 'german-brands-share-germany'),
    toyota: point(data, 'germany', 'toyota-share-germany'),
    km: point(data, 'test drive', 'lu-weibing-germany-km'),
  };
}
export type EuropeFigures = ReturnType<typeof figures>;

/** A figure or date in the reader's language, through the registry's formatter. */
export const say = (p: ChartPoint, locale: ChartLocale) => formatValue(p, { locale });

const ROAD_Y = 132;
/** Where the road's time line runs, left to right (the break and the far target lie beyond it). */
export const ROAD = { y: ROAD_Y, x0: 28, breakX: 366, xFar: 414, pole: 60 } as const;

function placed(p: ChartPoint) {
  if (!p.at) throw new Error(`Chart "europe-2027": fact "${p.factId}" has no date`);
  return p.at;
}

/**
 * The time line: from a month before the first statement to half a year past the target year;
 * events are drawn mid-month, and events sharing a month stack upwards from the road.
 */
export function roadLayout(f: EuropeFigures) {
  const start = pointTime(f.road[0].p);
  start.setUTCMonth(start.getUTCMonth() - 1);
  const targetTime = pointTime(f.target);
  const end = new Date(Date.UTC(targetTime.getUTCFullYear(), 6, 1));
  const x = scaleUtc([start, end], [ROAD.x0, ROAD.breakX - 10]);
  const years: { year: number; x: number }[] = [];
  for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y++) years.push({ year: y, x: x(new Date(Date.UTC(y, 0, 1))) });
  const perMonth = new Map<string, number>();
  const dots = f.road.map(({ id, p }) => {
    const { year, month } = placed(p);
    const key = `${year}-${month}`;
    const n = perMonth.get(key) ?? 0;
    perMonth.set(key, n + 1);
    return { id, p, cx: x(timeOf({ year, month })), cy: ROAD_Y - n * 11 };
  });
  return { x, years, dots, targetX: x(targetTime) };
}

/** The events reached once the story has walked through these steps. */
export function reachedBy(steps: readonly string[]): Set<EuropeRoadEvent> {
  return new Set(steps.flatMap((id) => STATES[id as keyof typeof STATES].events));
}

export function describe(data: EuropeData, step: string, copy: EuropeCopy, locale: ChartLocale): string {
  stateAt('europe-2027', STATES, step);
  const f = figures(data);
  const at = (id: EuropeRoadEvent) => say(f.road.find((e) => e.id === id)!.p, locale);
  return fill(copy.descriptions[step as keyof typeof STATES], {
    reported: at('europe-earlier-target-reported'), mwc: at('overseas-2027-mwc'), resultsCall: at('overseas-2027-results-call'),
    leiJun: at('overseas-2027-lei-jun'), testCar: at('europe-test-car-registered'), q2Call: at('europe-2027-q2-call'),
    munich: at('munich-rd-centre'), q3Results: at('europe-2027-q3-results'),
    earlier: say(f.earlier, locale), target: say(f.target, locale),
    german: say(f.german, locale), toyota: say(f.toyota, locale), km: say(f.km, locale),
  });
}

/** The words the card and the drive label fill in. */
export const cardValues = (f: EuropeFigures, locale: ChartLocale) => ({ earlier: say(f.earlier, locale), target: say(f.target, locale) });
