/**
 * The figures the profitability chart and its description use, read through the one look-up
 * (lib/charts/lookup.ts), and the pure line maths of its top panel.
 */
import { dataOf, numberOf, point } from '@/lib/charts/lookup';
import { formatValue } from '@/lib/registry/format';
import { profitabilityFirstOperatingResult } from '@/content/charts/profitability';
import type { ChartData, ChartList, ChartLocale, ChartPoint, ChartSeries } from '../types';

export interface ProfitabilityData extends ChartData {
  margin: ChartSeries;
  result: ChartSeries;
  asp: ChartSeries;
  'FY2024 average price': ChartList;
}

export function profitabilityFigures(data: ProfitabilityData) {
  const margin = dataOf(data, 'margin').points;
  const result = dataOf(data, 'result').points;
  const asp = dataOf(data, 'asp').points;
  const year = point(data, 'FY2024 average price', 'asp-2024fy');
  const firstOperating = point(data, 'result', profitabilityFirstOperatingResult);
  // The last quarter reported as an adjusted net loss, just before the change of measure.
  const lastAdjusted = result[result.indexOf(firstOperating) - 1];
  const peak = margin.reduce((p, q) => (q.value > p.value ? q : p));
  // The quarters the full-year average covers, and the ones with no price of their own.
  const periods = margin.map((p) => p.period);
  const yearQuarters = margin.filter((p) => p.at?.year === year.at?.year).map((p) => p.period);
  const missing = margin.filter((p) => !asp.some((q) => q.period === p.period));
  return { margin, result, asp, year, yearValue: numberOf(year), firstOperating, lastAdjusted, peak, periods, yearQuarters, missing };
}

export type ProfitabilityFigures = ReturnType<typeof profitabilityFigures>;

/** Runs of consecutive quarters: a series with a quarter missing is drawn as two lines, leaving the gap. */
export function runs<P extends { period: string }>(points: readonly P[], periods: readonly string[]): P[][] {
  const out: P[][] = [];
  let last = -2;
  for (const p of points) {
    const i = periods.indexOf(p.period);
    if (i !== last + 1 || !out.length) out.push([]);
    out[out.length - 1].push(p);
    last = i;
  }
  return out;
}

/** The first `upTo` points of a line (fractional: the last segment drawn part way), for a line that draws itself. */
export function partial(pts: readonly [number, number][], upTo: number): [number, number][] {
  const whole = Math.floor(upTo);
  const out = pts.slice(0, whole);
  const frac = upTo - whole;
  if (frac > 0 && whole < pts.length) {
    const [ax, ay] = pts[whole - 1];
    const [bx, by] = pts[whole];
    out.push([ax + (bx - ax) * frac, ay + (by - ay) * frac]);
  }
  return out;
}

/** A figure in the reader's language; a loss as its magnitude (the words say it is a loss). */
const say = (p: ChartPoint, locale: ChartLocale) => formatValue(p, { locale });
const magnitude = (p: ChartPoint<number>, locale: ChartLocale) => formatValue({ ...p, value: Math.abs(p.value) }, { locale });

/** The blanks the descriptions use (ProfitabilityCopy.descriptions). */
export function descriptionValues(f: ProfitabilityFigures, locale: ChartLocale): Record<string, string | number> {
  const period = (p: ChartPoint) => p.periodText;
  const first = f.margin[0];
  const last = f.margin[f.margin.length - 1];
  const lastLoss = [...f.result].reverse().find((p) => p.value < 0) ?? f.result[0];
  const lastResult = f.result[f.result.length - 1];
  const [firstPrice, lastPrice] = [f.asp[0], f.asp[f.asp.length - 1]];
  return {
    firstPeriod: period(first), firstMargin: say(first, locale), peakMargin: say(f.peak, locale), peakPeriod: period(f.peak),
    lastMargin: say(last, locale), lastPeriod: period(last),
    firstLoss: magnitude(f.result[0], locale), lastLoss: magnitude(lastLoss, locale), lastLossPeriod: period(lastLoss),
    lastResult: say(lastResult, locale), lastResultPeriod: period(lastResult), beforeYear: f.lastAdjusted.at!.year, afterYear: f.firstOperating.at!.year,
    firstPrice: say(firstPrice, locale), firstPricePeriod: period(firstPrice), lastPrice: say(lastPrice, locale), lastPricePeriod: period(lastPrice),
    missingPeriod: f.missing.map((p) => period(p)).join(', '), yearPeriod: period(f.year), yearPrice: say(f.year, locale),
  };
}
