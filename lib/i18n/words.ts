/**
 * Interface words (buttons, headings, labels, metadata) live in content/ui/<area>.ts as one table
 * per area with an `en` and a `zh` side of the same shape, so a missing Chinese word is a type
 * error, not a blank on the page. Components receive the words for their locale as props
 * (client components) or look them up here (server components).
 */
import type { Locale } from './locale';

export type Bilingual<T> = { en: T; zh: T };

/** Declares an area's words; TypeScript checks that zh has exactly en's keys. */
export function defineWords<T>(table: { en: T; zh: NoInfer<T> }): Bilingual<T> {
  return table;
}

export function wordsFor<T>(table: Bilingual<T>, locale: Locale): T {
  return table[locale];
}

/** A template's named placeholders, in order of appearance: 'Chapter {n} of {total}' gives ['n', 'total']. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/**
 * Fills a template's {name} placeholders. With strings and numbers it returns a string; with any
 * other value (a link, a <strong>) it returns the pieces in order, for a component to render, so
 * a sentence whose word order differs between the editions keeps its markup in the right place.
 * A placeholder the vars do not name throws: a typo must fail the build, not print "{n}".
 */
export function fill(template: string, vars: Record<string, string | number>): string;
export function fill<T>(template: string, vars: Record<string, string | number | T>): (string | T)[];
export function fill<T>(template: string, vars: Record<string, string | number | T>): string | (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  let plain = true;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (!Object.hasOwn(vars, m[1])) throw new Error(`fill: "${template}" has a placeholder {${m[1]}} that no value fills`);
    const v = vars[m[1]];
    if (m.index > last) parts.push(template.slice(last, m.index));
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
    else { plain = false; parts.push(v); }
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return plain ? parts.join('') : parts;
}
