/**
 * The data room table's columns, in order (shared by the server cells and the client header): the
 * key of each column's name in the data room's words (content/ui/data.ts) and the sort it offers.
 * The name is also each cell's data-label, which the phone layout prints when rows become cards.
 */
import type { SortKey } from './rows';

export const COLUMNS = [
  { word: 'column.figure', sort: 'label' },
  { word: 'column.value', sort: 'value' },
  { word: 'column.period', sort: 'period' },
  { word: 'column.measure', sort: 'measure' },
  { word: 'column.status', sort: 'status' },
  { word: 'column.sources' },
  { word: 'column.usedIn' },
] as const satisfies readonly { word: string; sort?: SortKey }[];

export type ColumnWord = (typeof COLUMNS)[number]['word'];

/** The columns' names in an edition's words, in order. */
export function columnNames(w: Record<ColumnWord, string>): string[] {
  return COLUMNS.map((c) => w[c.word]);
}
