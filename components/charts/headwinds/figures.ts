/**
 * The figures the headwinds chart draws, each read once through point() or from the series, and
 * the screen-reader description of a step. How firm a figure is comes from the registry (the
 * point's status and weakerSource), never from its id.
 */
import { fill } from '@/lib/charts/copy';
import { point } from '@/lib/charts/lookup';
import { stateAt } from '@/lib/charts/states';
import { formatValue } from '@/lib/registry/format';
import { headwindsStates as STATES, headwindsTargetRows, type HeadwindsCopy } from '@/content/charts/headwinds';
import type { ChartData, ChartList, ChartLocale, ChartPoint, ChartSeries } from '../types';

export interface HeadwindsData extends ChartData {
  deliveries: ChartSeries;
  result: ChartSeries;
  'early 2026 (weaker sources)': ChartList;
  'share price': ChartList;
  'purchase tax': ChartList;
  'delivery targets': ChartList;
}

/** How a bar is drawn: reported solid, derived light and dashed, resting on one weaker source hollow and dotted. */
export type Sourcing = 'reported' | 'derived' | 'weaker';
export const sourcing = (p: Pick<ChartPoint, 'status' | 'weakerSource'>): Sourcing =>
  p.status === 'derived' ? 'derived' : p.weakerSource ? 'weaker' : 'reported';

const asNumber = (p: ChartPoint) => p as ChartPoint<number>;
function only<T>(list: T[], what: string): T {
  if (list.length !== 1) throw new Error(`Chart "headwinds": expected one ${what}, found ${list.length}`);
  return list[0];
}

export function figures(data: HeadwindsData) {
  const deliveries = data.deliveries.points;
  const results = [...data.result.points, asNumber(point(data, 'early 2026 (weaker sources)', 'segment-result-2026q1'))];
  const profit = results.find((p) => p.value > 0);
  if (!profit) throw new Error('Chart "headwinds": no profitable quarter in "result"');
  const byPeriod = (period: string) => deliveries.find((p) => p.period === period);
  return {
    deliveries, results, profit,
    first: deliveries[0],
    profitDeliveries: byPeriod(profit.period)!,
    /** The quarter after the profit, derived from the full year; the one after it, from a weaker source. */
    derived: only(deliveries.filter((p) => p.status === 'derived'), 'derived quarter of deliveries'),
    weaker: only(deliveries.filter((p) => p.weakerSource), 'quarter of deliveries from a weaker source'),
    weakerLoss: only(results.filter((p) => p.weakerSource), 'segment result from a weaker source'),
    peak: point(data, 'share price', 'share-price-peak'),
    close: point(data, 'share price', 'share-price-2025-11-19'),
    fall: point(data, 'share price', 'share-price-fall-from-peak'),
    taxBefore: point(data, 'purchase tax', 'purchase-tax-cap-2025'),
    taxAfter: point(data, 'purchase tax', 'purchase-tax-cap-2026'),
    taxDate: point(data, 'purchase tax', 'purchase-tax-change-date'),
    targets: headwindsTargetRows.map((row) => ({ ...row, p: point(data, 'delivery targets', row.factId) })),
  };
}
export type HeadwindsFigures = ReturnType<typeof figures>;

/** A count of cars without its noun, where the heading names the unit ("300,000", "30万"). */
export const cars = (p: ChartPoint, locale: ChartLocale) => formatValue({ ...p, unit: 'count' }, { locale });

export function describe(data: HeadwindsData, step: string, copy: HeadwindsCopy, locale: ChartLocale): string {
  stateAt('headwinds', STATES, step);
  const f = figures(data);
  const text = (p: ChartPoint) => formatValue(p, { locale });
  const period = (p: ChartPoint) => p.periodText;
  const target = (id: string) => f.targets.find((t) => t.factId === id)!.p;
  return fill(copy.descriptions[step as keyof typeof STATES], {
    firstPeriod: period(f.first), firstDeliveries: text(f.first),
    profitPeriod: period(f.profit), profitDeliveries: text(f.profitDeliveries), profit: text(f.profit),
    peak: text(f.peak), peakDate: period(f.peak), close: text(f.close), closeDate: period(f.close), fall: text(f.fall),
    taxBefore: text(f.taxBefore), taxAfter: text(f.taxAfter), taxDate: text(f.taxDate),
    initial: cars(target('delivery-target-2025-initial'), locale), raised: cars(target('delivery-target-2025'), locale),
    goal: text(target('delivery-target-2025-raised')), delivered: text(target('deliveries-2025fy')), next: text(target('delivery-target-2026')),
    q4Period: period(f.derived), q4Deliveries: text(f.derived),
    q1Period: period(f.weaker), q1Deliveries: text(f.weaker), q1Loss: formatValue({ ...f.weakerLoss, value: Math.abs(f.weakerLoss.value) }, { locale }),
  });
}
