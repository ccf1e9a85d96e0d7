/**
 * Reader-visible text of a piece of a chapter's syntax tree, and how words are counted in it.
 * Tags, attributes, expressions, imports and link targets are not text; a <Fact/> is printed as
 * {its-id} (one word: the content gate, which knows the registry, counts the words it prints);
 * <Notes> are the presenter's and are left out unless asked for.
 */
import type { Nodes } from 'mdast';
import { isElement } from './mdx-syntax.mjs';
import type { Lang } from './types';

const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

export const factPlaceholder = (id: string) => `{${id}}`;

export function plainText(node: Nodes, options: { notes?: boolean } = {}): string {
  const parts: string[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code') parts.push(n.value);
    else if (n.type === 'break') parts.push(' ');
    else if (isElement(n, 'Fact')) {
      const id = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      parts.push(` ${factPlaceholder(typeof id === 'string' ? id : '')} `);
    } else if (isElement(n, 'Notes') && !options.notes) parts.push(' ');
    else if ('children' in n) {
      for (const c of n.children) visit(c as Nodes);
      // Blocks are separate runs of text; inline markup is not a word break.
      if (!INLINE.has(n.type)) parts.push(' ');
    }
  };
  visit(node);
  // One line of text; a fact's placeholder keeps the punctuation after it, as the page prints it.
  return parts.join('').replace(/\s+/g, ' ').replace(/(\}) ([,.;:!?)])/g, '$1$2').trim();
}

const HAN = /\p{Script=Han}/gu;

/**
 * Words in plain text: runs of characters with a letter or a digit in them, so a dash or a colon
 * standing alone is not a word. Chinese is written without spaces and read by the character, so
 * there each Han character counts as one, and a Latin run in it (SU7, 2025) as one more.
 */
export function countWords(text: string, lang: Lang = 'en'): number {
  const latin = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (lang === 'en') return latin(text);
  return (text.match(HAN)?.length ?? 0) + latin(text.replace(HAN, ' '));
}

/** Reading speed: about 220 English words or 400 Chinese characters a minute. */
export const READING_PER_MINUTE: Record<Lang, number> = { en: 220, zh: 400 };
export const readingMinutes = (words: number, lang: Lang = 'en') => Math.max(1, Math.round(words / READING_PER_MINUTE[lang]));
