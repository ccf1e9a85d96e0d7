/**
 * A chart's data as flat rows: one row per point the chart draws, in the order it draws them.
 * The chart's CSV download and the data room's "used in" lists are both built from this, and it
 * takes the same ChartData the chart component receives, so the download cannot drift from the
 * drawing.
 */
import type { Unit } from '@/lib/registry/schema';
import type { ChartData, ChartList as FactList, ChartSeries as Series } from '@/lib/charts/types';
import { toCsv, type Cell } from './csv';

export const CHART_CSV_HEADER = ['chart', 'key', 'series', 'fact_id', 'label', 'period', 'value', 'unit', 'text'] as const;

export interface ChartRow {
  chart: string;
  /** The chart's name for this data (`perCar`, `deliveries`). */
  key: string;
  series: string;
  factId: string;
  label: string;
  period: string;
  value: number | string;
  unit: Unit;
  text: string;
}

type FactInfo = (id: string) => { label: string; unit: Unit };

const isList = (s: Series | FactList): s is FactList => 'kind' in s && s.kind === 'list';

export function chartRows(chart: string, data: ChartData, factInfo: FactInfo): ChartRow[] {
  return Object.entries(data).flatMap(([key, s]) =>
    s.points.map((p) => {
      const info = factInfo(p.factId);
      return {
        chart, key, series: s.label, factId: p.factId,
        label: 'label' in p ? p.label : info.label,
        period: p.period, value: p.value,
        unit: isList(s) ? info.unit : s.unit,
        text: p.text,
      };
    }),
  );
}

export function chartFactIds(data: ChartData): string[] {
  return [...new Set(Object.values(data).flatMap((s) => s.points.map((p) => p.factId)))];
}

export function chartCsv(rows: readonly ChartRow[]): string {
  return toCsv(CHART_CSV_HEADER, rows.map((r): Cell[] => [r.chart, r.key, r.series, r.factId, r.label, r.period, r.value, r.unit, r.text]));
}

/** Where a chart's CSV is published. */
export function chartCsvPath(chart: string): string {
  return `/data/charts/${chart}.csv`;
}
