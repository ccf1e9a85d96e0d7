/**
 * The shape of the fact registry. content/facts.ts and content/sources.ts are plain data typed
 * with these schemas; lib/registry/index.ts parses them once at build time and throws a message
 * naming the file and the id when anything is wrong. Everything after that trusts the types.
 */
import { z } from 'zod';

export const UNITS = ['RMB', 'USD', 'HKD', '%', 'cars', 'years', 'months', 'minutes', 'hours', 'days', 'count', 'date'] as const;
export type Unit = (typeof UNITS)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const SourceSchema = z.object({
  id,
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Absent only for the source documents the story was commissioned from (they have no public URL). */
  url: z.string().url().optional(),
  /** Publication date, ISO `YYYY-MM-DD` or `YYYY-MM`. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  language: z.string().optional(),
  /** `document`: one of the five source articles; `web`: a page found in research; `filing`: an official release. */
  kind: z.enum(['document', 'web', 'filing']),
  /** A source the story itself calls weaker (a blog or news summary, not a report of record); charts draw figures resting on it alone hollow. */
  weaker: z.literal(true).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const CitationSchema = z.object({
  source: id,
  /** The words in the source that carry the figure (kept short). */
  quote: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

const FormulaSchema = z.object({
  /** How the inputs combine, left to right: a ÷ b, a − b, a + b, a × b; `percent` is a ÷ b × 100. */
  op: z.enum(['divide', 'subtract', 'add', 'multiply', 'percent']),
  inputs: z.array(id).min(2),
  /** Human wording of the formula, e.g. "segment loss ÷ deliveries". */
  text: z.string().min(1),
});

const AlternativeSchema = z.object({
  value: z.union([z.number(), z.string()]),
  unit: z.enum(UNITS).optional(),
  qualifier: z.enum(['about', 'nearly', 'more-than', 'at-most', 'at-least']).optional(),
  note: z.string().optional(),
  sources: z.array(CitationSchema).min(1),
});

export const StatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single') }),
  z.object({ kind: z.literal('agreed') }),
  z.object({ kind: z.literal('differ'), note: z.string().min(1), alternatives: z.array(AlternativeSchema).min(1) }),
  z.object({ kind: z.literal('derived'), formula: FormulaSchema }),
]);
export type Status = z.infer<typeof StatusSchema>;

export const RawFactSchema = z
  .object({
    id,
    /** What the figure is, short enough for a table row: "Deliveries", "Loss per car". */
    label: z.string().min(1),
    /** Base units (RMB, not RMB bn). A string only for unit `date` (ISO `YYYY-MM-DD` or `YYYY-MM`). Omitted for derived facts. */
    value: z.union([z.number(), z.string()]).optional(),
    unit: z.enum(UNITS),
    /** How to print it: 1.8e9 with scale `bn` and digits 1 prints "1.8 bn". */
    scale: z.enum(['bn', 'm', 'k']).optional(),
    digits: z.number().int().min(0).max(3).optional(),
    /** Round a derived value to this step before printing (65,917 with roundTo 100 prints 65,900). */
    roundTo: z.number().positive().optional(),
    qualifier: z.enum(['about', 'nearly', 'more-than', 'at-most', 'at-least']).optional(),
    /** Reporting period or date: "Q2 2024", "FY2024", "30 Mar 2021". */
    period: z.string().min(1),
    /** The measure, exactly: "segment gross margin", "adjusted net loss", "segment operating result". */
    measure: z.string().min(1),
    /** Empty only for derived facts, which cite their inputs' sources. */
    sources: z.array(CitationSchema),
    status: StatusSchema,
    /** One sentence a reader sees beside the figure when there is something to know. */
    note: z.string().optional(),
  })
  .strict();
export type RawFact = z.input<typeof RawFactSchema>;

export const SeriesSchema = z.object({
  id,
  label: z.string().min(1),
  unit: z.enum(UNITS),
  /** Fact ids in time order; each becomes one point. */
  facts: z.array(id).min(1),
});
export type RawSeries = z.input<typeof SeriesSchema>;
