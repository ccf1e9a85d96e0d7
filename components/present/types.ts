/**
 * The deck's content, built on the server from the same MDX the reading pages render
 * (build-deck.tsx) and handed to the client components as plain data plus rendered nodes.
 */
import type { ReactNode } from 'react';
import type { ChartName } from '@/lib/charts/specs';
import type { ChartCopy, ChartData, ChartLocale } from '@/lib/charts/types';
import type { DeckWords } from '@/content/ui/deck';
import type { Locale } from '@/lib/i18n/locale';
import type { SwitchWords } from './LanguageSwitch';

export type SlideKind = 'title' | 'step' | 'end';

export interface SlideMeta {
  /** The slide's name in the URL hash: the step id, the chapter slug for a title slide, 'end'. */
  key: string;
  kind: SlideKind;
  /** Chapter slug ('' on the end slide). */
  chapter: string;
  /** 1-based place of the chapter in the story's order (0 on the end slide). */
  chapterNumber: number;
  chapterTitle: string;
  /** Title slides: the chapter's standfirst. End slide: the story's subtitle. */
  description?: string;
  /** Step slides: the scrolly the step belongs to (a key of DeckContent.charts) and its index in it. */
  scrolly?: string;
  step?: number;
  /** Caption type scale, 0.6 to 1, from the caption's length, so long captions still fit the stage. */
  fit: number;
  /** Where the reading view shows this slide: /<slug>#<step-id>, /<slug>, or / for the end (under /zh in Chinese). */
  readingHref: string;
}

export interface DeckChart {
  chart: ChartName;
  data: ChartData;
  copy: ChartCopy;
  locale: ChartLocale;
}

export interface DeckContent {
  /** The edition the deck is in: its words, its URLs (/zh/present…) and the window it syncs with. */
  locale: Locale;
  /** The presenter's interface words for that edition (content/ui/deck.ts), as plain strings. */
  words: DeckWords;
  /** The deck bar's link to the other edition: its text and accessible name (content/ui/site.ts). */
  language: SwitchWords;
  storyTitle: string;
  slides: SlideMeta[];
  charts: Record<string, DeckChart>;
  /** Per slide: the step's caption (its first paragraph), the end slide's closing lines; null on title slides. */
  bodies: ReactNode[];
}

/** What only the speaker view and the handout with notes receive: the audience page never carries notes. */
export interface SpeakerContent extends DeckContent {
  /** Per slide: the step's <Notes>, or null. */
  notes: ReactNode[];
  /** Per slide: the rest of the step's text (paragraphs after the caption), or null. */
  more: ReactNode[];
}
