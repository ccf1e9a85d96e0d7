/**
 * The site's chapters, from the chapter model (lib/chapter-model): each file parsed once, its
 * frontmatter validated, in story order. Reading a chapter never imports its MDX module, so a
 * module that lists chapters never pulls chapters' client code into a route.
 */
import type { ChapterSlug } from '@/content/story';
import { chapterDir, chapterFile, chapterModel, chapterModels, type ChapterModel } from './chapter-model';

export { FrontmatterSchema, type Frontmatter, type ScrollyModel as ScrollyInfo, type StepModel as StepInfo } from './chapter-model';
export type ChapterInfo = ChapterModel<ChapterSlug>;

export const CHAPTER_DIR = chapterDir();
export { chapterFile };

/** Chapters that exist on disk, in story order. */
export function writtenChapters(): ChapterInfo[] {
  return chapterModels();
}

export function loadChapter(slug: ChapterSlug): ChapterInfo {
  return chapterModel(slug);
}

export function chapterNeighbours(slug: ChapterSlug) {
  const written = writtenChapters();
  const i = written.findIndex((c) => c.slug === slug);
  return { prev: written[i - 1], next: written[i + 1] };
}
