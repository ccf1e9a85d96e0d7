/**
 * The registry as downloadable files: /data/facts.json (everything, nested) and /data/facts.csv
 * (one row per figure, flat), and the Chinese edition's /zh/data/facts.* with the same figures in
 * Chinese words. Pure functions of the registry, the usage map and the edition's words, so the unit
 * tests run them on the real registry and on a small one.
 */
import type { Fact, Registry } from '@/lib/registry';
import type { Source, Unit } from '@/lib/registry/schema';
import { alternativeText } from '@/lib/registry/alternative';
import { formatDate } from '@/lib/registry/format';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';
import { dataWords } from '@/content/ui/data';
import { toCsv, type Cell } from './csv';
import type { FactUsage, UseKind } from './usage';

export interface SourceRecord extends Source {
  /** The words in the source that carry the figure, where recorded. */
  quote?: string;
}
export interface FactRecord {
  id: string;
  label: string;
  /** Base units (RMB, not RMB bn); losses negative; an ISO date for unit "date". */
  value: number | string;
  unit: Unit;
  /** The value as the site prints it. */
  text: string;
  period: string;
  measure: string;
  status:
    | { kind: 'single' | 'agreed' }
    | { kind: 'differ'; note: string; alternatives: { value: number | string; unit: Unit; text: string; note?: string; sources: SourceRecord[] }[] }
    | { kind: 'derived'; formula: { op: string; inputs: string[]; text: string } };
  /** Own sources; for a derived figure, its inputs' sources. */
  sources: SourceRecord[];
  note?: string;
  usedIn: { chapters: { slug: string; title: string; url: string; kinds: UseKind[] }[]; charts: { name: string; title: string; url: string }[] };
  /** Derived figures computed from this one. */
  inputTo: string[];
  url: string;
}

export interface ExportContext {
  registry: Registry;
  usage: ReadonlyMap<string, FactUsage>;
  /** Makes a site path absolute, so links in a downloaded file still work. */
  absolute: (path: string) => string;
  /** The edition's words; English (the registry's own) when not given. */
  words?: ExportWords;
}

/** What a download prints in words, for one edition. Figures and ids never change. */
export interface ExportWords {
  locale: Locale;
  fact(f: Fact): { label: string; measure: string; period: string; note?: string; formula?: string; differNote?: string; alternativeNotes?: (string | undefined)[] };
  /** The value as the edition prints it (English: the registry's `text`). */
  value(f: Fact): string;
  alternative(f: Fact, alt: Extract<Fact['status'], { kind: 'differ' }>['alternatives'][number]): string;
  publisher(name: string): string;
}

export const ENGLISH_WORDS: ExportWords = {
  locale: 'en',
  fact: (f) => ({
    label: f.label, measure: f.measure, period: f.period, note: f.note,
    formula: f.status.kind === 'derived' ? f.status.formula.text : undefined,
    differNote: f.status.kind === 'differ' ? f.status.note : undefined,
    alternativeNotes: f.status.kind === 'differ' ? f.status.alternatives.map((a) => a.note) : undefined,
  }),
  value: (f) => f.text,
  alternative: (f, a) => alternativeText(f, a),
  publisher: (name) => name,
};

function sourceRecords(registry: Registry, cites: Fact['sources'], words: ExportWords): SourceRecord[] {
  return cites.map((c) => {
    const s = registry.getSource(c.source);
    return { ...s, publisher: words.publisher(s.publisher), ...(c.quote ? { quote: c.quote } : {}) };
  });
}

function statusRecord(registry: Registry, f: Fact, words: ExportWords): FactRecord['status'] {
  const st = f.status;
  const w = words.fact(f);
  if (st.kind === 'differ')
    return {
      kind: 'differ', note: w.differNote ?? st.note,
      alternatives: st.alternatives.map((a, i) => {
        const note = a.note && (w.alternativeNotes?.[i] ?? a.note);
        return {
          value: a.value, unit: a.unit ?? f.unit, text: words.alternative(f, a),
          ...(note ? { note } : {}), sources: sourceRecords(registry, a.sources, words),
        };
      }),
    };
  if (st.kind === 'derived') return { kind: 'derived', formula: { op: st.formula.op, inputs: [...st.formula.inputs], text: w.formula ?? st.formula.text } };
  return { kind: st.kind };
}

export function factRecords({ registry, usage, absolute, words = ENGLISH_WORDS }: ExportContext): FactRecord[] {
  return [...registry.facts.values()].map((f) => {
    const u = usage.get(f.id) ?? { chapters: [], charts: [], inputTo: [] };
    const w = words.fact(f);
    const note = f.note && (w.note ?? f.note);
    return {
      id: f.id, label: w.label, value: f.value, unit: f.unit, text: words.value(f), period: w.period, measure: w.measure,
      status: statusRecord(registry, f, words),
      sources: sourceRecords(registry, f.sources, words),
      ...(note ? { note } : {}),
      usedIn: {
        chapters: u.chapters.map((c) => ({ slug: c.slug, title: c.title, url: absolute(c.href), kinds: c.kinds })),
        charts: u.charts.map((c) => ({ name: c.name, title: c.title, url: absolute(c.href) })),
      },
      inputTo: u.inputTo,
      url: absolute(`${localePath('/data', words.locale)}#${f.id}`),
    };
  });
}

/** The columns of facts.csv, as keys of the data room's words (csv.*): English keeps its machine names. */
const FACTS_CSV_KEYS = [
  'csv.id', 'csv.label', 'csv.value', 'csv.unit', 'csv.text', 'csv.period', 'csv.measure', 'csv.status', 'csv.statusNote',
  'csv.formula', 'csv.formulaInputs', 'csv.alternatives', 'csv.sources', 'csv.note', 'csv.usedInChapters', 'csv.usedInCharts',
  'csv.inputTo', 'csv.url',
] as const;

export function factsCsvHeader(locale: Locale): string[] {
  const w = wordsFor(dataWords, locale);
  return FACTS_CSV_KEYS.map((k) => w[k]);
}

export const FACTS_CSV_HEADER = factsCsvHeader('en');

/** How the cells of facts.csv that are words read in an edition. */
export interface CsvStyle {
  header: readonly string[];
  status(kind: FactRecord['status']['kind']): string;
  unit(unit: Unit): string;
  cite(s: SourceRecord): string;
  alternative(text: string, note: string | undefined, publishers: string[]): string;
}

export const ENGLISH_CSV: CsvStyle = {
  header: FACTS_CSV_HEADER,
  status: (kind) => kind,
  unit: (unit) => unit,
  cite: (s) => `${s.publisher}: ${s.title} (${s.date})${s.url ? ` ${s.url}` : ''}`,
  alternative: (text, note, publishers) => `${text}${note ? ` (${note})` : ''}: ${publishers.join(', ')}`,
};

/** The Chinese file: Chinese headers, statuses, units, dates and punctuation; the same figures and ids. */
export function chineseCsv(unit: (u: Unit) => string): CsvStyle {
  const w = wordsFor(dataWords, 'zh');
  return {
    header: factsCsvHeader('zh'),
    status: (kind) => w[`status.${kind}`],
    unit,
    cite: (s) => `${s.publisher}：${s.title}（${formatDate(s.date, 'zh')}）${s.url ? ` ${s.url}` : ''}`,
    alternative: (text, note, publishers) => `${text}${note ? `（${note}）` : ''}：${publishers.join(w['list.separator'])}`,
  };
}

/** Cells that hold several entries separate them with " | ". */
const LIST = ' | ';

export function factsCsv(records: readonly FactRecord[], style: CsvStyle = ENGLISH_CSV): string {
  return toCsv(style.header, records.map((r): Cell[] => {
    const st = r.status;
    return [
      r.id, r.label, r.value, style.unit(r.unit), r.text, r.period, r.measure, style.status(st.kind),
      st.kind === 'differ' ? st.note : '',
      st.kind === 'derived' ? st.formula.text : '',
      st.kind === 'derived' ? st.formula.inputs.join(' ') : '',
      st.kind === 'differ' ? st.alternatives.map((a) => style.alternative(a.text, a.note, a.sources.map((s) => s.publisher))).join(LIST) : '',
      r.sources.map(style.cite).join(LIST),
      r.note ?? '',
      r.usedIn.chapters.map((c) => c.slug).join(' '),
      [...new Set(r.usedIn.charts.map((c) => c.name))].join(' '),
      r.inputTo.join(' '),
      r.url,
    ];
  }));
}

export interface FactsJson {
  /** Only in the Chinese file: the language of its words (the English file is unchanged). */
  language?: string;
  title: string;
  figuresAsOf: string;
  url: string;
  facts: FactRecord[];
  sources: Source[];
  series: { id: string; label: string; unit: Unit; factIds: string[] }[];
  charts: { name: string; title: string; csv: string }[];
}

export function factsJson(
  records: readonly FactRecord[],
  ctx: ExportContext & { title: string; figuresAsOf: string; charts: FactsJson['charts']; language?: string; seriesLabel?: (id: string, label: string) => string },
): FactsJson {
  const words = ctx.words ?? ENGLISH_WORDS;
  const seriesLabel = ctx.seriesLabel ?? ((_id: string, label: string) => label);
  return {
    ...(ctx.language ? { language: ctx.language } : {}),
    title: ctx.title,
    figuresAsOf: ctx.figuresAsOf,
    url: ctx.absolute(localePath('/data', words.locale)),
    facts: [...records],
    sources: [...ctx.registry.sources.values()].map((s) => (words.locale === 'en' ? s : { ...s, publisher: words.publisher(s.publisher) })),
    series: [...ctx.registry.series.values()].map((s) => ({ id: s.id, label: seriesLabel(s.id, s.label), unit: s.unit, factIds: s.points.map((p) => p.factId) })),
    charts: ctx.charts,
  };
}
