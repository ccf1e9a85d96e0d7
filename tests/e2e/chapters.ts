/**
 * The chapters the built site has, read the way the build reads them (the chapter model:
 * content/story.ts for the order, content/chapters/*.mdx for what exists), so specs that loop
 * over them cover chapters added later with no change.
 */
import path from 'node:path';
import { chapterModels } from '../../lib/chapter-model';
import { story } from '../../content/story';
import { storyZh } from '../../content/zh/story';
import type { Locale } from '../../lib/i18n/locale';

export interface WrittenChapter { slug: string; title: string; description: string; stepIds: string[] }

// Playwright runs from the project root (as the build does).
export function writtenChapters(locale: Locale = 'en'): WrittenChapter[] {
  return chapterModels(locale).map((c) => ({
    slug: c.slug,
    title: c.frontmatter.title,
    description: c.frontmatter.description,
    stepIds: c.scrollies.flatMap((s) => s.steps.map((st) => st.id)),
  }));
}

export const STORY_TITLE = story.title;
export const STORY_TITLE_ZH = storyZh.title;

export const chapterSlugs = writtenChapters().map((c) => c.slug);
export const outDir = path.join(process.cwd(), 'out');
