/**
 * The one way a chart reads a figure from its data. Charts are rendered on the server at build
 * time, so a chart asking for a fact its spec does not draw fails the build with the chart's name,
 * the fact and the data key, never a blank label in the browser.
 */
import type { ChartData, ChartList, ChartPoint, ChartSeries } from './types';

const chartOf = (data: ChartData) => Object.values(data)[0]?.chart ?? '?';

/** The data under `key` (a series or a fact list); throws when the spec has no such key. */
export function dataOf<D extends ChartData, K extends keyof D & string>(data: D, key: K): D[K] {
  const d = data[key];
  if (!d) throw new Error(`Chart "${chartOf(data)}": no data "${key}"`);
  return d;
}

/** The point for fact `id` in the data under `key`; throws `Chart "<name>": no fact "<id>" in "<key>"`. */
export function point<D extends ChartData, K extends keyof D & string>(data: D, key: K, id: string): D[K]['points'][number] {
  const d = dataOf(data, key);
  const p = (d.points as (ChartSeries | ChartList)['points']).find((q) => q.factId === id);
  if (!p) throw new Error(`Chart "${d.chart}": no fact "${id}" in "${key}"`);
  return p as D[K]['points'][number];
}

/** A point's value as a number (NaN for a date), for scales and sums. */
export function numberOf(p: ChartPoint): number {
  return typeof p.value === 'number' ? p.value : Number.NaN;
}
