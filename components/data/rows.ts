/**
 * The data room table's rows as plain data, and the sorting and filtering over them. Shared by the
 * server (which builds the rows) and the client view (which orders and filters them); no React
 * and no registry imports, so it stays small in the browser and is unit-tested alone.
 */
import type { ReactNode } from 'react';

export const STATUS_LABEL = { single: 'Single source', agreed: 'Sources agree', differ: 'Sources differ', derived: 'Derived' } as const;
export type StatusKind = keyof typeof STATUS_LABEL;
const STATUS_ORDER: StatusKind[] = ['single', 'agreed', 'differ', 'derived'];

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

export const SORT_LABEL: Record<SortKey, string> = {
  order: 'Registry order', label: 'Figure', value: 'Value', period: 'Period', measure: 'Measure', status: 'Status',
};

const text = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

const COMPARE: Record<SortKey, (a: SortKeys, b: SortKeys) => number> = {
  order: () => 0,
  label: (a, b) => text(a.label, b.label) || a.period - b.period,
  // Amounts only compare within a unit: RMB with RMB, cars with cars. Rows without a value go last.
  value: (a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || text(a.unit, b.unit) || (a.value ?? 0) - (b.value ?? 0),
  period: (a, b) => a.period - b.period,
  measure: (a, b) => text(a.measure, b.measure),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
};

export function sortRows<R extends { keys: SortKeys }>(rows: readonly R[], sort: Sort): R[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[sort.key](a.keys, b.keys) || a.keys.order - b.keys.order);
}

export function matches(row: Pick<Row, 'search' | 'keys'>, filter: Filter): boolean {
  if (filter.status !== 'all' && row.keys.status !== filter.status) return false;
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => row.search.includes(w));
}
