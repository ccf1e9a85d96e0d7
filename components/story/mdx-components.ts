/**
 * The components MDX chapters use in reading mode, for one edition. The story components are
 * server components, so the locale is bound by wrapping each in a small component that passes
 * it on (a client-side context would not reach them). The root mdx-components.tsx gives the
 * English set to any MDX that is compiled without one; the Chinese chapter page passes
 * `components={mdxComponents('zh')}`. The deck passes its own set.
 * The plain elements MDX writes (paragraphs, headings, lists, quotes) get the prose column's
 * classes here (prose.ts), since the chapters carry none.
 */
import { createElement, type ComponentProps, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Locale } from '@/lib/i18n/locale';
import { Fact } from './Fact';
import { Notes } from './Notes';
import { proseBlock } from './prose';
import { Scrolly } from './Scrolly';
import { Step } from './Step';
import { Term } from './Term';

type Without<C extends (props: any) => ReactNode | Promise<ReactNode>> = Omit<ComponentProps<C>, 'locale'>;

/** A plain element with the prose column's classes for its tag. */
function block<T extends keyof typeof proseBlock>(tag: T) {
  return (props: ComponentProps<T>) => createElement(tag, { ...props, className: proseBlock[tag] });
}
const BLOCKS = { p: block('p'), h2: block('h2'), ul: block('ul'), ol: block('ol'), blockquote: block('blockquote') };

function forLocale(locale: Locale): MDXComponents {
  return {
    ...BLOCKS,
    Fact: (props: Without<typeof Fact>) => createElement(Fact, { ...props, locale }),
    Term: (props: Without<typeof Term>) => createElement(Term, { ...props, locale }),
    Scrolly: (props: Without<typeof Scrolly>) => createElement(Scrolly, { ...props, locale }),
    Step: (props: Without<typeof Step>) => createElement(Step, { ...props, locale }),
    Notes: (props: Without<typeof Notes>) => createElement(Notes, { ...props, locale }),
  };
}

// One map per edition, made once, so every render hands MDX the same component identities.
const MAPS: Record<Locale, MDXComponents> = { en: forLocale('en'), zh: forLocale('zh') };

export function mdxComponents(locale: Locale = 'en'): MDXComponents {
  return MAPS[locale];
}
