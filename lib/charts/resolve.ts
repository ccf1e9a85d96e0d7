/**
 * Server side: resolves a chart's declaration into the plain data the chart component receives.
 * An unknown chart name, series or fact fails the build naming the chart. Imports the registry,
 * so it runs on the server and in scripts only; chart components get its output as props.
 */
import { getFact, getSeries, getSource } from '@/lib/registry';
import type { Fact } from '@/lib/registry';
import { formatPeriod } from '@/lib/registry/format';
import { parsePeriod } from '@/lib/registry/period';
import { factWords } from '@/lib/registry/wording';
import { factWordingZh } from '@/content/zh/facts';
import { chartSpec, type ChartName } from './specs';
import type { ChartCopy, ChartData, ChartList, ChartLocale, ChartPoint, ChartSeries, ChartSpec } from './types';

export interface ResolvedChart {
  name: ChartName;
  locale: ChartLocale;
  /** copy.title, for the data table's caption. */
  title: string;
  data: ChartData;
  copy: ChartCopy;
}

export function chartData(name: string, locale: ChartLocale = 'en'): ResolvedChart {
  const spec = chartSpec(name);
  const copy = chartCopy(spec, locale);
  return { name: name as ChartName, locale, title: copy.title, data: resolveSpec(name, spec, locale), copy };
}

/** The copy for a locale; a locale not written yet falls back to English, the edition every chart has. */
export function chartCopy<C extends ChartCopy>(spec: Pick<ChartSpec<C>, 'copy'>, locale: ChartLocale): C {
  return (spec.copy[locale] ?? spec.copy.en) as C;
}

/** A spec's series and fact lists, looked up in the registry; a missing one throws naming the chart. */
export function resolveSpec(name: string, spec: Pick<ChartSpec, 'series'>, locale: ChartLocale = 'en'): ChartData {
  const data: ChartData = {};
  for (const [key, source] of Object.entries(spec.series)) {
    try {
      data[key] = typeof source === 'string' ? series(name, key, source, locale) : list(name, key, source, locale);
    } catch (e) {
      throw new Error(`Chart "${name}", data "${key}": ${(e as Error).message}`);
    }
  }
  return data;
}

/** A single-source figure whose one source the registry marks as weaker. */
const weakerSource = (f: Fact) => f.status.kind === 'single' && f.sources.length > 0 && f.sources.every((c) => getSource(c.source).weaker);

function pointOf(f: Fact, locale: ChartLocale): ChartPoint {
  const words = factWords(f, locale, factWordingZh);
  return {
    factId: f.id, label: words.label, value: f.value, unit: f.unit,
    ...(f.scale ? { scale: f.scale } : {}), ...(f.digits !== undefined ? { digits: f.digits } : {}), ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    text: f.text, period: f.period, periodText: words.period,
    at: parsePeriod(f.unit === 'date' && typeof f.value === 'string' ? f.value : f.period),
    status: f.status.kind,
    ...(weakerSource(f) ? { weakerSource: true as const } : {}),
  };
}

function series(chart: string, key: string, id: string, locale: ChartLocale): ChartSeries {
  const s = getSeries(id);
  // The series' own points carry the period and text; the fact adds what the registry knows.
  // A series point written with a period of its own is printed from that period, not the fact's.
  const points = s.points.map((p) => {
    const f = getFact(p.factId);
    const periodText = p.period === f.period ? undefined : formatPeriod(p.period, locale);
    return { ...pointOf(f, locale), period: p.period, ...(periodText ? { periodText } : {}), value: p.value, text: p.text };
  });
  return { kind: 'series', chart, key, id: s.id, label: s.label, unit: s.unit, points };
}

function list(chart: string, key: string, ids: readonly string[], locale: ChartLocale): ChartList {
  return { kind: 'list', chart, key, id: key, label: key, points: ids.map((id) => pointOf(getFact(id), locale)) };
}
