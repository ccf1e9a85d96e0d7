/**
 * The data room table's rows as plain data, and the sorting and filtering over them. Shared by the
 * server (which builds the rows) and the client view (which orders and filters them); no React
 * and no registry imports, so it stays small in the browser and is unit-tested alone.
 */
import type { ReactNode } from 'react';
import type { DataWords } from '@/content/ui/data';

/** Each status's and sort's name, as keys of the data room's words (content/ui/data.ts). */
export const STATUS_WORD = { single: 'status.single', agreed: 'status.agreed', differ: 'status.differ', derived: 'status.derived' } as const;
export type StatusKind = keyof typeof STATUS_WORD;
export const STATUS_KINDS: StatusKind[] = ['single', 'agreed', 'differ', 'derived'];
const STATUS_ORDER = STATUS_KINDS;

export interface SortKeys {
  label: string;
  unit: string;
  /** Numbers as they are; dates as milliseconds; null where there is nothing to compare. */
  value: number | null;
  period: number;
  measure: string;
  status: StatusKind;
  /** Position in the registry: the default order and every tie-break. */
  order: number;
}

export interface Row {
  id: string;
  group: string;
  keys: SortKeys;
  /** Lower-case text the filter searches: label, id, value, period, measure, status, sources, usage. */
  search: string;
  /** The row's cells, rendered on the server. */
  cells: ReactNode;
}
export interface Group { id: string; title: string; href?: string }

export type SortKey = 'order' | 'label' | 'value' | 'period' | 'measure' | 'status';
export interface Sort { key: SortKey; dir: 'asc' | 'desc' }
export interface Filter { query: string; status: StatusKind | 'all' }

export const SORT_WORD = {
  order: 'sort.order', label: 'sort.label', value: 'sort.value', period: 'sort.period', measure: 'sort.measure', status: 'sort.status',
} as const satisfies Record<SortKey, string>;
export const SORT_KEYS = Object.keys(SORT_WORD) as SortKey[];

/** Words compare in the edition's language: Chinese labels by the Chinese collation, not code points. */
const collators = new Map<string, Intl.Collator>();
const collator = (lang: string) => {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
  return c;
};

const compareWith = (text: (a: string, b: string) => number): Record<SortKey, (a: SortKeys, b: SortKeys) => number> => ({
  order: () => 0,
  label: (a, b) => text(a.label, b.label) || a.period - b.period,
  // Amounts only compare within a unit: RMB with RMB, cars with cars. Rows without a value go last.
  value: (a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || text(a.unit, b.unit) || (a.value ?? 0) - (b.value ?? 0),
  period: (a, b) => a.period - b.period,
  measure: (a, b) => text(a.measure, b.measure),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
});

/** `lang` is the page's language (HTML_LANG): it decides how labels and measures are ordered. */
export function sortRows<R extends { keys: SortKeys }>(rows: readonly R[], sort: Sort, lang = 'en'): R[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const compare = compareWith(collator(lang).compare)[sort.key];
  return [...rows].sort((a, b) => sign * compare(a.keys, b.keys) || a.keys.order - b.keys.order);
}

export function matches(row: Pick<Row, 'search' | 'keys'>, filter: Filter): boolean {
  if (filter.status !== 'all' && row.keys.status !== filter.status) return false;
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => row.search.includes(w));
}

/** The words the client view (FactTableView) prints, picked by the server (FactTable) for the edition. */
export const VIEW_WORDS = [
  'tools.label', 'tools.filter', 'tools.filterPlaceholder', 'tools.status', 'tools.anyStatus', 'tools.sortBy', 'tools.order',
  'tools.ascending', 'tools.descending', 'tools.group', 'tools.reset', 'tools.noScript', 'count.all', 'count.some',
  'groupNav.label', 'table.caption', 'table.captionGrouped', 'table.readChapter', 'empty.text', 'empty.clear',
] as const satisfies readonly (keyof DataWords)[];
export type ViewWords = Pick<DataWords, (typeof VIEW_WORDS)[number]>;
