/**
 * Builds the figures a results release gives every quarter (deliveries, revenue, margin, segment
 * result...) from one table per measure: what every period shares is written once, then one row
 * per period with its value, its sources (each with its quote) and whatever that period says
 * differently. A row becomes an ordinary RawFact, id `<table id>-<period key>` (`Q2 2024` → 2024q2,
 * `FY2024` → 2024fy), so the registry cannot tell it from a fact written out by hand.
 */
import type { Citation, RawFact, Status } from './schema';

/** A quarter or a full year, as periods are printed: "Q2 2024", "FY2024". */
export type Period = `Q${1 | 2 | 3 | 4} ${number}` | `FY${number}`;

type Fields = Omit<RawFact, 'id' | 'period' | 'value' | 'sources' | 'status'>;

/** What every row of a table shares; `id` is the prefix of each fact's id. */
export type TableHead = { id: string } & Pick<Fields, 'label' | 'unit' | 'measure'> & Partial<Fields>;

/**
 * One period's figure. `status` may be left out when the sources do not differ: one source is
 * `single`, two or more that agree are `agreed`. Any shared field can be set again for one row.
 */
export type TableRow = Partial<Fields> & { value: number | string; sources: Citation[]; status?: Status };

/** A derived table: `inputs` name other tables, and each row divides (adds...) that period's facts. */
export type DerivedHead = TableHead & { formula: { op: 'divide' | 'subtract' | 'add' | 'multiply' | 'percent'; inputs: string[]; text: string } };
export type DerivedRow = Partial<Fields>;

/** Money in billions of yuan printed to one decimal (RMB 6.4 bn), the way most results tables print it. */
export const RMB_BN = { unit: 'RMB', scale: 'bn', digits: 1 } as const;

/** `Q2 2024` → `2024q2`, `FY2024` → `2024fy`: the period part of a fact id. */
export function periodKey(period: Period): string {
  const quarter = /^Q([1-4]) (\d{4})$/.exec(period);
  if (quarter) return `${quarter[2]}q${quarter[1]}`;
  const year = /^FY(\d{4})$/.exec(period);
  if (year) return `${year[1]}fy`;
  throw new Error(`not a quarter or a full year: "${period}"`);
}

/** One fact per row, in the rows' order. */
export function quarterly(head: TableHead, rows: Partial<Record<Period, TableRow>>): RawFact[] {
  const { id, ...shared } = head;
  return entries(rows).map(([period, row]) => {
    const { value, sources, status, ...own } = row;
    return tidy({
      ...shared, ...own, id: `${id}-${periodKey(period)}`, value, period, sources,
      status: status ?? { kind: sources.length > 1 ? 'agreed' : 'single' },
    });
  });
}

/** One derived fact per row: no value and no sources of its own, its formula's inputs of the same period. */
export function quarterlyDerived(head: DerivedHead, rows: Partial<Record<Period, DerivedRow>>): RawFact[] {
  const { id, formula, ...shared } = head;
  return entries(rows).map(([period, own]) => {
    const key = periodKey(period);
    return tidy({
      ...shared, ...own, id: `${id}-${key}`, period, sources: [],
      status: { kind: 'derived', formula: { op: formula.op, inputs: formula.inputs.map((input) => `${input}-${key}`), text: formula.text } },
    });
  });
}

function entries<T>(rows: Partial<Record<Period, T>>): [Period, T][] {
  return Object.entries(rows) as [Period, T][];
}

/** The fields in the order a hand-written fact has them, without the ones left unset. */
const ORDER = ['id', 'label', 'value', 'unit', 'scale', 'digits', 'roundTo', 'qualifier', 'period', 'measure', 'sources', 'status', 'note'] as const;
function tidy(fact: RawFact): RawFact {
  const out: Record<string, unknown> = {};
  for (const key of ORDER) if (fact[key] !== undefined) out[key] = fact[key];
  return out as RawFact;
}
