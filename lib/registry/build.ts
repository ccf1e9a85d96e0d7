/** Builds a checked registry from raw data. Pure, so the checks are unit-tested with broken fixtures. */
import { RawFactSchema, SeriesSchema, SourceSchema, type Citation, type RawFact, type RawSeries, type Source, type Status, type Unit } from './schema';
import { formatValue, type Qualifier } from './format';

export interface Fact {
  id: string;
  label: string;
  value: number | string;
  unit: Unit;
  scale?: 'bn' | 'm' | 'k';
  digits?: number;
  qualifier?: Qualifier;
  period: string;
  measure: string;
  /** Own citations, or for a derived fact the union of its inputs' citations. */
  sources: Citation[];
  status: Status;
  note?: string;
  /** The reading form, e.g. "RMB 1.8 bn" or "about RMB 65,900". */
  text: string;
}
export interface SeriesPoint { factId: string; period: string; value: number; text: string }
export interface Series { id: string; label: string; unit: Unit; points: SeriesPoint[] }
export interface Registry {
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
  series: Map<string, Series>;
  getFact(id: string): Fact;
  getSource(id: string): Source;
  getSeries(id: string): Series;
}

const FILES = { facts: 'content/facts.ts', sources: 'content/sources.ts', series: 'content/series.ts' };

export class ContentError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}

function parseAll<T>(defaultFile: string, items: unknown[], schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, fileOf: (id: string) => string = () => defaultFile): T[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const label = (item as { id?: string })?.id ?? `entry #${i + 1}`;
    const file = fileOf(label);
    const r = schema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new ContentError(file, `"${label}": ${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    const id = (r.data as { id: string }).id;
    if (seen.has(id)) throw new ContentError(file, `duplicate id "${id}"`);
    seen.add(id);
    return r.data;
  });
}

export function combine(op: 'divide' | 'subtract' | 'add' | 'multiply' | 'percent', values: number[]): number {
  // A share is printed in per cent, so `percent` scales the quotient; a fact's value stays in its unit.
  if (op === 'percent') return values.reduce((a, b) => a / b) * 100;
  return values.reduce((a, b) => (op === 'divide' ? a / b : op === 'subtract' ? a - b : op === 'add' ? a + b : a * b));
}

/**
 * `fileOf` names the file that holds a fact (the registry is split across files); error messages
 * use it so they point at the right place.
 */
export function buildRegistry(rawFacts: RawFact[], rawSources: Source[], rawSeries: RawSeries[], fileOf: (id: string) => string = () => FILES.facts): Registry {
  const sources = new Map(parseAll(FILES.sources, rawSources, SourceSchema).map((s) => [s.id, s]));
  const parsed = parseAll(FILES.facts, rawFacts, RawFactSchema, fileOf);
  const byId = new Map(parsed.map((f) => [f.id, f]));

  for (const f of parsed) {
    const derived = f.status.kind === 'derived';
    if (derived && f.value !== undefined) throw new ContentError(fileOf(f.id), `"${f.id}": a derived fact takes no value; it is computed from its formula`);
    if (!derived && f.value === undefined) throw new ContentError(fileOf(f.id), `"${f.id}": has no value`);
    if (!derived && f.sources.length === 0) throw new ContentError(fileOf(f.id), `"${f.id}": has no source`);
    if ((f.unit === 'date') !== (typeof f.value === 'string') && !derived)
      throw new ContentError(fileOf(f.id), `"${f.id}": unit "date" needs an ISO date string, other units a number`);
    for (const c of f.sources) if (!sources.has(c.source)) throw new ContentError(fileOf(f.id), `"${f.id}": unknown source "${c.source}"`);
    if (f.status.kind === 'differ')
      for (const alt of f.status.alternatives)
        for (const c of alt.sources) if (!sources.has(c.source)) throw new ContentError(fileOf(f.id), `"${f.id}": alternative cites unknown source "${c.source}"`);
  }

  const facts = new Map<string, Fact>();
  const resolving = new Set<string>();
  function resolve(id: string, from: string): Fact {
    const done = facts.get(id);
    if (done) return done;
    const f = byId.get(id);
    if (!f) throw new ContentError(fileOf(from), `"${from}": formula uses unknown fact "${id}"`);
    if (resolving.has(id)) throw new ContentError(fileOf(id), `"${id}": formula refers back to itself`);
    resolving.add(id);
    let value = f.value as number | string;
    let cites = f.sources;
    if (f.status.kind === 'derived') {
      const inputs = f.status.formula.inputs.map((i) => resolve(i, id));
      if (inputs.some((i) => typeof i.value !== 'number')) throw new ContentError(fileOf(id), `"${id}": formula inputs must be numbers`);
      value = combine(f.status.formula.op, inputs.map((i) => i.value as number));
      if (f.roundTo) value = Math.round(value / f.roundTo) * f.roundTo;
      cites = dedupe(inputs.flatMap((i) => i.sources));
    }
    const fact: Fact = {
      id, label: f.label, value, unit: f.unit, scale: f.scale, digits: f.digits, qualifier: f.qualifier,
      period: f.period, measure: f.measure, sources: cites, status: f.status, note: f.note,
      text: formatValue({ value, unit: f.unit, scale: f.scale, digits: f.digits, qualifier: f.qualifier }),
    };
    resolving.delete(id);
    facts.set(id, fact);
    return fact;
  }
  for (const f of parsed) resolve(f.id, f.id);

  const series = new Map<string, Series>();
  for (const s of parseAll(FILES.series, rawSeries, SeriesSchema)) {
    const points = s.facts.map((fid) => {
      const f = facts.get(fid);
      if (!f) throw new ContentError(FILES.series, `"${s.id}": unknown fact "${fid}"`);
      if (typeof f.value !== 'number') throw new ContentError(FILES.series, `"${s.id}": fact "${fid}" is not a number`);
      return { factId: fid, period: f.period, value: f.value, text: f.text };
    });
    series.set(s.id, { id: s.id, label: s.label, unit: s.unit, points });
  }

  return {
    facts, sources, series,
    getFact(id) {
      const f = facts.get(id);
      if (!f) throw new ContentError(FILES.facts, `no fact with id "${id}"`);
      return f;
    },
    getSource(id) {
      const s = sources.get(id);
      if (!s) throw new ContentError(FILES.sources, `no source with id "${id}"`);
      return s;
    },
    getSeries(id) {
      const s = series.get(id);
      if (!s) throw new ContentError(FILES.series, `no series with id "${id}"`);
      return s;
    },
  };
}

function dedupe(cites: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cites.filter((c) => (seen.has(c.source) ? false : (seen.add(c.source), true)));
}
