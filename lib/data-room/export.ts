/**
 * The registry as downloadable files: /data/facts.json (everything, nested) and /data/facts.csv
 * (one row per figure, flat). Pure functions of the registry and the usage map, so the unit tests
 * run them on the real registry.
 */
import type { Fact, Registry } from '@/lib/registry';
import type { Source, Unit } from '@/lib/registry/schema';
import { alternativeText } from '@/lib/registry/alternative';
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
}

function sourceRecords(registry: Registry, cites: Fact['sources']): SourceRecord[] {
  return cites.map((c) => ({ ...registry.getSource(c.source), ...(c.quote ? { quote: c.quote } : {}) }));
}

function statusRecord(registry: Registry, f: Fact): FactRecord['status'] {
  const st = f.status;
  if (st.kind === 'differ')
    return {
      kind: 'differ', note: st.note,
      alternatives: st.alternatives.map((a) => ({
        value: a.value, unit: a.unit ?? f.unit, text: alternativeText(f, a),
        ...(a.note ? { note: a.note } : {}), sources: sourceRecords(registry, a.sources),
      })),
    };
  if (st.kind === 'derived') return { kind: 'derived', formula: { op: st.formula.op, inputs: [...st.formula.inputs], text: st.formula.text } };
  return { kind: st.kind };
}

export function factRecords({ registry, usage, absolute }: ExportContext): FactRecord[] {
  return [...registry.facts.values()].map((f) => {
    const u = usage.get(f.id) ?? { chapters: [], charts: [], inputTo: [] };
    return {
      id: f.id, label: f.label, value: f.value, unit: f.unit, text: f.text, period: f.period, measure: f.measure,
      status: statusRecord(registry, f),
      sources: sourceRecords(registry, f.sources),
      ...(f.note ? { note: f.note } : {}),
      usedIn: {
        chapters: u.chapters.map((c) => ({ slug: c.slug, title: c.title, url: absolute(c.href), kinds: c.kinds })),
        charts: u.charts.map((c) => ({ name: c.name, title: c.title, url: absolute(c.href) })),
      },
      inputTo: u.inputTo,
      url: absolute(`/data#${f.id}`),
    };
  });
}

export const FACTS_CSV_HEADER = [
  'id', 'label', 'value', 'unit', 'text', 'period', 'measure', 'status', 'status_note', 'formula', 'formula_inputs',
  'alternatives', 'sources', 'note', 'used_in_chapters', 'used_in_charts', 'input_to', 'url',
] as const;

/** Cells that hold several entries separate them with " | ". */
const LIST = ' | ';
const citeText = (s: SourceRecord) => `${s.publisher}: ${s.title} (${s.date})${s.url ? ` ${s.url}` : ''}`;

export function factsCsv(records: readonly FactRecord[]): string {
  return toCsv(FACTS_CSV_HEADER, records.map((r): Cell[] => {
    const st = r.status;
    return [
      r.id, r.label, r.value, r.unit, r.text, r.period, r.measure, st.kind,
      st.kind === 'differ' ? st.note : '',
      st.kind === 'derived' ? st.formula.text : '',
      st.kind === 'derived' ? st.formula.inputs.join(' ') : '',
      st.kind === 'differ' ? st.alternatives.map((a) => `${a.text}${a.note ? ` (${a.note})` : ''}: ${a.sources.map((s) => s.publisher).join(', ')}`).join(LIST) : '',
      r.sources.map(citeText).join(LIST),
      r.note ?? '',
      r.usedIn.chapters.map((c) => c.slug).join(' '),
      [...new Set(r.usedIn.charts.map((c) => c.name))].join(' '),
      r.inputTo.join(' '),
      r.url,
    ];
  }));
}

export interface FactsJson {
  title: string;
  figuresAsOf: string;
  url: string;
  facts: FactRecord[];
  sources: Source[];
  series: { id: string; label: string; unit: Unit; factIds: string[] }[];
  charts: { name: string; title: string; csv: string }[];
}

export function factsJson(records: readonly FactRecord[], ctx: ExportContext & { title: string; figuresAsOf: string; charts: FactsJson['charts'] }): FactsJson {
  return {
    title: ctx.title,
    figuresAsOf: ctx.figuresAsOf,
    url: ctx.absolute('/data'),
    facts: [...records],
    sources: [...ctx.registry.sources.values()],
    series: [...ctx.registry.series.values()].map((s) => ({ id: s.id, label: s.label, unit: s.unit, factIds: s.points.map((p) => p.factId) })),
    charts: ctx.charts,
  };
}
