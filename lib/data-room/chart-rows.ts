/**
 * A chart's data as flat rows: one row per point the chart draws, in the order it draws them.
 * The chart's CSV download and the data room's "used in" lists are both built from this, and it
 * takes the same ChartData the chart component receives, so the download cannot drift from the
 * drawing.
 */
import type { Unit } from '@/lib/registry/schema';
import type { ChartData, ChartList as FactList, ChartPoint, ChartSeries as Series } from '@/lib/charts/types';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';
import { dataWords } from '@/content/ui/data';
import { toCsv, type Cell } from './csv';

/** The columns of a chart's CSV, as keys of the data room's words (csv.*): English keeps its machine names. */
const CHART_CSV_KEYS = ['csv.chart', 'csv.key', 'csv.series', 'csv.factId', 'csv.label', 'csv.period', 'csv.value', 'csv.unit', 'csv.text'] as const;

export function chartCsvHeader(locale: Locale): string[] {
  const w = wordsFor(dataWords, locale);
  return CHART_CSV_KEYS.map((k) => w[k]);
}

export const CHART_CSV_HEADER = chartCsvHeader('en');

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

/** The words of a chart's rows in an edition; English (the chart's own data) when not given. */
export interface ChartRowWords {
  series(s: Series | FactList): string;
  label(factId: string): string;
  period(p: ChartPoint): string;
  text(p: ChartPoint): string;
  unit(u: Unit): string;
}

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

/** The same rows with their words in another edition: same order, same keys, ids and values. */
export function chartRowsIn(chart: string, data: ChartData, factInfo: FactInfo, words: ChartRowWords): (Omit<ChartRow, 'unit'> & { unit: string })[] {
  const points = Object.values(data).flatMap((s) => s.points.map((p) => ({ s, p })));
  return chartRows(chart, data, factInfo).map((r, i) => {
    const { s, p } = points[i];
    return { ...r, series: words.series(s), label: words.label(r.factId), period: words.period(p), text: words.text(p), unit: words.unit(r.unit) };
  });
}

export function chartFactIds(data: ChartData): string[] {
  return [...new Set(Object.values(data).flatMap((s) => s.points.map((p) => p.factId)))];
}

export function chartCsv(rows: readonly (Omit<ChartRow, 'unit'> & { unit: string })[], header: readonly string[] = CHART_CSV_HEADER): string {
  return toCsv(header, rows.map((r): Cell[] => [r.chart, r.key, r.series, r.factId, r.label, r.period, r.value, r.unit, r.text]));
}

/** Where a chart's CSV is published (the Chinese edition's has Chinese headers and words). */
export function chartCsvPath(chart: string, locale: Locale = 'en'): string {
  return `${localePath('/data', locale)}/charts/${chart}.csv`;
}
