/**
 * The chapter model: what a chapter is, read once from its MDX syntax tree (read.ts). Plain data
 * (the CLI prints it as JSON); the syntax nodes behind a step stay reachable through stepNodes().
 * A position is 1-based line and column in `file`; `where()` prints it as file:line:column.
 */
// Teaches mdast's node types the MDX nodes (JSX, expressions, ESM) remark-mdx produces.
import type {} from 'mdast-util-mdx';
import type { Locale } from '@/lib/i18n/locale';
import type { Frontmatter } from './frontmatter';

/** Editions the parser reads: the site's locales (lib/i18n/locale.ts). Each has its folder in LANGUAGES (index.ts). */
export type Lang = Locale;

export interface Position { line: number; column: number }

/** A `<Fact id="..." abs alt={n}/>` as written. */
export interface FactRef { id: string; abs: boolean; alt?: number; position: Position }
/** A fact anywhere in the chapter: in prose, in a step's card (`inStep`) or in its notes (`inNotes` too). */
export interface FactUse extends FactRef { inStep?: string; inNotes?: boolean }
/** A `<Term id="...">words</Term>`; `text` is the words between the tags. */
export interface TermUse { id: string; text: string; position: Position; inStep?: string; inNotes?: boolean }

export interface StepModel {
  /** '' when the step has no id="..." (the content gate reports it). */
  id: string;
  position: Position;
  /** What a reader sees on the card, as plain text; each fact printed as {its-id}. */
  text: string;
  /** The presenter's notes as plain text ('' when the step has none). */
  notes: string;
  /** Facts printed on the card (not in the notes). */
  facts: FactRef[];
  terms: TermUse[];
  /** Figures on the card: its facts. */
  figures: number;
  /** Words on the card (Chinese: characters), a fact counted as one (the content gate counts the words a fact prints). */
  words: number;
}

export interface ScrollyModel {
  /** '' when the scrolly has no chart="..." (the content gate reports it). */
  chart: string;
  position: Position;
  steps: StepModel[];
}

export interface ChapterModel<Slug extends string = string> {
  slug: Slug;
  file: string;
  lang: Lang;
  frontmatter: Frontmatter;
  scrollies: ScrollyModel[];
  facts: FactUse[];
  terms: TermUse[];
  /** Words a reader reads (prose and cards, not notes), a fact counted as one. */
  words: number;
  readingMinutes: number;
}

/** A problem found while reading: the content gate prints these with the file name. */
export interface ReadProblem { line: number; column?: number; message: string }

/** As read, before the frontmatter is known to be valid. */
export interface ChapterDraft<Slug extends string = string> extends Omit<ChapterModel<Slug>, 'frontmatter'> {
  frontmatter: Frontmatter | null;
  /** The first line after the frontmatter. */
  bodyLine: number;
}

export function where(file: string, p: Position): string {
  return `${file}:${p.line}:${p.column}`;
}
