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
