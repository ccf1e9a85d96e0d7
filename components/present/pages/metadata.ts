/**
 * The presenter's pages' titles, per edition (content/ui/meta.ts). A deck is a way to give the
 * talk, not a second copy of the story for search engines: no page of it is indexed.
 */
import type { Metadata } from 'next';
import { metaWords } from '@/content/ui/meta';
import { chapterModels } from '@/lib/chapter-model';
import type { Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';

export const presentRobots: Metadata['robots'] = { index: false };

export function deckMetadata(locale: Locale): Metadata {
  return { title: wordsFor(metaWords, locale)['present.title'] };
}

export function chapterDeckMetadata(slug: string, locale: Locale): Metadata {
  const chapter = chapterModels(locale).find((c) => c.slug === slug);
  return chapter ? { title: fill(wordsFor(metaWords, locale)['present.chapterTitle'], { chapter: chapter.frontmatter.title }) } : {};
}

export function speakerMetadata(locale: Locale): Metadata {
  return { title: wordsFor(metaWords, locale)['speaker.title'] };
}
