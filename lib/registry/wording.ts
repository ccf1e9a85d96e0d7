/**
 * A fact's words in each edition. The registry holds one set of figures with their English words
 * (label, measure, period, note); the Chinese edition gives its own words for the same ids in
 * content/zh/facts.ts, and never a figure: values, units, sources and statuses are shared.
 * checkWording() runs at build time and names the file and the id of anything missing or extra.
 */
import type { Locale } from '@/lib/i18n/locale';
import { formatPeriod } from './format';
import type { Fact } from './build';

export interface FactWording {
  /** What the figure is, as a table row names it. */
  label: string;
  /** The measure, exactly (分部经营亏损, not 亏损). */
  measure: string;
  /** Only where the period is free text that has no regular Chinese form ("Phase 2" → "二期"). */
  period?: string;
  /** Required when the English fact has a note. */
  note?: string;
  /** For derived facts: the formula in words ("分部亏损 ÷ 交付量"). */
  formula?: string;
  /** For facts whose sources differ: what the disagreement is, and one note per alternative (in order). */
  differNote?: string;
  alternativeNotes?: (string | undefined)[];
}

export type Wording = Record<string, FactWording>;

/** The words of a fact in a locale: English from the registry itself, Chinese from the wording table. */
export function factWords(fact: Fact, locale: Locale, zh: Wording): Required<Pick<FactWording, 'label' | 'measure' | 'period'>> & Omit<FactWording, 'label' | 'measure' | 'period'> {
  if (locale === 'en') {
    return {
      label: fact.label,
      measure: fact.measure,
      period: fact.period,
      note: fact.note,
      formula: fact.status.kind === 'derived' ? fact.status.formula.text : undefined,
      differNote: fact.status.kind === 'differ' ? fact.status.note : undefined,
      alternativeNotes: fact.status.kind === 'differ' ? fact.status.alternatives.map((a) => a.note) : undefined,
    };
  }
  const w = zh[fact.id];
  if (!w) throw new Error(`content/zh/facts.ts: no Chinese wording for fact "${fact.id}"`);
  return { ...w, period: formatPeriod(fact.period, 'zh', w.period) };
}

/** Every fact worded, no wording for an unknown fact, and every English note, formula and disagreement given. */
export function checkWording(facts: Iterable<Fact>, zh: Wording, file = 'content/zh/facts.ts'): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const f of facts) {
    ids.add(f.id);
    const w = zh[f.id];
    if (!w) {
      problems.push(`${file}: no Chinese wording for fact "${f.id}" (${f.label})`);
      continue;
    }
    if (f.note && !w.note) problems.push(`${file}: fact "${f.id}" has an English note but no Chinese note`);
    if (f.status.kind === 'derived' && !w.formula) problems.push(`${file}: derived fact "${f.id}" needs its formula in Chinese`);
    if (f.status.kind === 'differ') {
      if (!w.differNote) problems.push(`${file}: fact "${f.id}" has sources that differ: give differNote`);
      const notes = f.status.alternatives.map((a) => a.note);
      notes.forEach((n, i) => {
        if (n && !w.alternativeNotes?.[i]) problems.push(`${file}: fact "${f.id}" alternative ${i} has a note: give alternativeNotes[${i}]`);
      });
    }
    if (formatPeriod(f.period, 'zh', w.period) === f.period && !/^(?:19|20)\d\d$/.test(f.period))
      problems.push(`${file}: fact "${f.id}" has the free-text period "${f.period}": give its Chinese period`);
  }
  for (const id of Object.keys(zh)) if (!ids.has(id)) problems.push(`${file}: wording for unknown fact "${id}"`);
  return problems;
}
