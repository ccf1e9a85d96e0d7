/**
 * The prose column's classes (the chapter's <article className="prose-body">). MDX writes the
 * column's paragraphs, headings, lists and quotes without classes, so mdx-components.ts gives
 * them these; ChapterSources and the chapter head use the same ones for the blocks they write.
 */

/** The column itself: a serif at reading size (the Chinese line spacing is in app/globals.css). */
export const PROSE_COLUMN = 'font-serif text-prose leading-[1.65]';

/** The reading measure, for a block written straight into the column (not one inside a step card). */
const MEASURE = '[.prose-body>&]:mx-auto [.prose-body>&]:max-w-column';
const INSET = '[.prose-body>&]:px-5';

/** Paragraphs anywhere in the chapter: the step card sets its own, closer, spacing. */
export const PROSE_P = 'my-[1em]';

/** Section headings: sans, heavier, with room above. */
export const PROSE_H2 = 'mt-10 font-sans text-heading leading-tight font-bold';

/** Bulleted lists (Tailwind's base removes the bullets and the indent). */
export const PROSE_UL = 'list-disc pl-10';

export const proseBlock = {
  p: `${PROSE_P} ${MEASURE} ${INSET}`,
  h2: `${PROSE_H2} ${MEASURE} ${INSET}`,
  // The indent replaces the column's left inset; the right one stays.
  ul: `${PROSE_UL} ${MEASURE} [.prose-body>&]:pr-5`,
  ol: `${MEASURE} ${INSET}`,
  blockquote: `border-l-3 border-l-accent italic ${MEASURE} ${INSET}`,
} as const;
