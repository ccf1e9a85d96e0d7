/**
 * The data room's class lists that more than one element (or file) shares: its headings, the
 * toolbar's fields and the cells of its tables. Phones and narrow windows (under 48rem, `max-md:`)
 * read the fact table as cards: every part of the table becomes a block, each row a card.
 */

/** The page's section headings; they clear the sticky header when a link opens them. */
export const H2 = 'mt-10 mb-3 scroll-mt-14 text-heading leading-tight font-bold';
export const H3 = 'mt-7 mb-2 text-prose font-bold';

/** The toolbar's search field, menus and reset buttons: full 44 px targets in the page's colours. */
export const FIELD = 'min-h-11 rounded border border-muted bg-raised px-2.5 py-1.5 text-base font-normal text-ink';

/**
 * Every cell of the fact table. The columns are fixed widths (the header's), so a long word or
 * address wraps anywhere rather than widening one.
 */
const TABLE_CELL = 'px-2 text-left wrap-anywhere max-md:block';

/** A column heading: sticks under the site header while the table scrolls past. */
export const HEAD_CELL = `${TABLE_CELL} sticky top-header z-2 border-b-2 border-b-ink bg-bg py-1.5 align-middle`;

/** A chapter's heading row across the table; on a card layout it runs flush with the cards. */
export const GROUP_CELL = `${TABLE_CELL} border-b-2 border-b-rule bg-bg pt-6 pb-1.5 align-top text-base font-normal max-md:px-0`;

/**
 * A row a link opens (#id): it clears the site header and, above phones, the sticky column
 * headings, and is highlighted.
 */
export const GROUP_ROW = 'scroll-mt-28 target:bg-[color-mix(in_srgb,var(--accent)_14%,transparent)] max-md:block max-md:scroll-mt-14';

/**
 * The figures' rows, their cells and what the cells hold, given once on the <table> rather than on
 * each of its ~180 rows and ~1,300 cells (the page's HTML and its hydration payload would each
 * carry every copy). The rows are like GROUP_ROW, except that on phones each is a card (its own
 * background, tinted and edged when a link opens it), its cells without rules or inset, each data
 * cell headed by its column's name (its data-label).
 */
export const FACT_ROWS = [
  // The cells' lists and paragraphs, and the sources' quotations.
  '[&_li]:my-1 [&_p]:my-1 [&_q]:block [&_q]:text-muted [&_q]:italic',
  '[&_[data-fact-row]]:scroll-mt-28 [&_[data-fact-row]:target]:bg-[color-mix(in_srgb,var(--accent)_14%,transparent)]',
  'max-md:[&_[data-fact-row]]:my-3 max-md:[&_[data-fact-row]]:block max-md:[&_[data-fact-row]]:scroll-mt-14 max-md:[&_[data-fact-row]]:rounded-md max-md:[&_[data-fact-row]]:border max-md:[&_[data-fact-row]]:border-rule max-md:[&_[data-fact-row]]:bg-raised max-md:[&_[data-fact-row]]:px-3.5 max-md:[&_[data-fact-row]]:py-2',
  '[&_[data-fact-row]>*]:border-b [&_[data-fact-row]>*]:border-b-rule [&_[data-fact-row]>*]:px-2 [&_[data-fact-row]>*]:py-1.5 [&_[data-fact-row]>*]:text-left [&_[data-fact-row]>*]:align-top [&_[data-fact-row]>*]:wrap-anywhere',
  // The card a link opens is tinted like an opened row, and edged in the accent.
  'max-md:[&_[data-fact-row]:target]:border-accent max-md:[&_[data-fact-row]:target]:bg-[color-mix(in_srgb,var(--accent)_14%,var(--bg-raised))]',
  'max-md:[&_[data-fact-row]>*]:block max-md:[&_[data-fact-row]>*]:[border-bottom:0] max-md:[&_[data-fact-row]>*]:px-0',
  'max-md:[&_[data-fact-row]>td]:before:block max-md:[&_[data-fact-row]>td]:before:text-fine max-md:[&_[data-fact-row]>td]:before:font-semibold max-md:[&_[data-fact-row]>td]:before:tracking-[0.02em] max-md:[&_[data-fact-row]>td]:before:text-muted max-md:[&_[data-fact-row]>td]:before:content-[attr(data-label)]',
].join(' ');

/** The methods' tables: a figure per row, ruled. */
export const METHODS_TABLE = 'methods-table my-4 w-full border-collapse text-small tabular-nums';
export const METHODS_CAPTION = 'py-1 text-left font-semibold';
export const METHODS_CELL = 'border-b border-b-rule px-2 py-1.5 text-left align-top';
export const METHODS_HEAD = 'border-b-2 border-b-ink px-2 py-1.5 text-left align-top';
