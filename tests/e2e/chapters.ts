/**
 * The chapters the built site has, read the way the build reads them (the chapter model:
 * content/story.ts for the order, content/chapters/*.mdx and content/zh/chapters/*.mdx for what
 * exists), so specs that loop over them cover chapters added later with no change. Reading-page
 * specs loop over EDITIONS: the English pages at /<slug>, the Chinese ones at /zh/<slug>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chapterModels } from '../../lib/chapter-model';
import { localePath, type Locale } from '../../lib/i18n/locale';
import { story } from '../../content/story';
import { storyZh } from '../../content/zh/story';

export interface WrittenChapter {
  slug: string;
  locale: Locale;
  /** The chapter's URL path in its edition: /the-bet, /zh/the-bet. */
  path: string;
  title: string;
  description: string;
  stepIds: string[];
}

// Playwright runs from the project root (as the build does).
export function writtenChapters(locale: Locale = 'en'): WrittenChapter[] {
  return chapterModels(locale).map((c) => ({
    slug: c.slug,
    locale,
    path: localePath(`/${c.slug}`, locale),
    title: c.frontmatter.title,
    description: c.frontmatter.description,
    stepIds: c.scrollies.flatMap((s) => s.steps.map((st) => st.id)),
  }));
}

/** The two editions: their locale, URL prefix ('' or '/zh') and story title. */
export const EDITIONS = [
  { locale: 'en', prefix: '', storyTitle: story.title },
  { locale: 'zh', prefix: '/zh', storyTitle: storyZh.title },
] as const satisfies readonly { locale: Locale; prefix: string; storyTitle: string }[];

/** Every chapter of both editions, English first. */
export const allEditionChapters = (): WrittenChapter[] => EDITIONS.flatMap((e) => writtenChapters(e.locale));

/**
 * Whether an edition's data room is built: the Chinese one comes with its own route
 * (app/zh/data), as in app/sitemap.ts. Until then a test stops at the link's address.
 */

export const STORY_TITLE = story.title;
export const STORY_TITLE_ZH = storyZh.title;

export const chapterSlugs = writtenChapters().map((c) => c.slug);
export const outDir = path.join(process.cwd(), 'out');
