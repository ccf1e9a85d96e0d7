/**
 * The chapter model for the site: each chapter file parsed once per process (again only if the
 * file changes, for `next dev`), validated, in story order. Every reader of a chapter's structure
 * (pages, deck, data room, social cards, content gate, scroll steps) reads it from here.
 *
 * Editions: English lives in content/chapters/, Simplified Chinese in content/zh/chapters/, with the
 * same slugs and step ids (the content gate compares them). The parser and the model are the same
 * for every edition; only how words are counted differs (text.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { story, type ChapterSlug } from '@/content/story';
import { readChapter, validModel, type ChapterRead } from './read';
import type { ChapterModel, Lang } from './types';

export const LANGUAGES: Record<Lang, { dir: string }> = {
  en: { dir: path.join('content', 'chapters') },
  zh: { dir: path.join('content', 'zh', 'chapters') },
};

export function chapterDir(lang: Lang = 'en'): string {
  return path.join(process.cwd(), LANGUAGES[lang].dir);
}

export function chapterFile(slug: string, lang: Lang = 'en'): string {
  return path.join(chapterDir(lang), `${slug}.mdx`);
}

const cache = new Map<string, { stamp: string; read: ChapterRead }>();

/** One file read and parsed, memoised on its path, size and modification time. */
export function readChapterFile(file: string, slug: string, lang: Lang = 'en'): ChapterRead {
  const stat = fs.statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const hit = cache.get(file);
  if (hit?.stamp === stamp) return hit.read;
  const read = readChapter(fs.readFileSync(file, 'utf8'), { file: path.relative(process.cwd(), file), slug, lang });
  cache.set(file, { stamp, read });
  return read;
}

/** A chapter's model; throws "file:line: problem" when its source has problems (the content gate reports them all). */
export function chapterModel(slug: ChapterSlug, lang: Lang = 'en'): ChapterModel<ChapterSlug> {
  return { ...validModel(readChapterFile(chapterFile(slug, lang), slug, lang)), slug };
}

/** Chapters that exist on disk for this edition, in story order. */
export function chapterModels(lang: Lang = 'en'): ChapterModel<ChapterSlug>[] {
  return story.chapters.filter((slug) => fs.existsSync(chapterFile(slug, lang))).map((slug) => chapterModel(slug, lang));
}

export { readChapter, stepNodes, validModel, type ChapterRead, type StepNodes } from './read';
export { FrontmatterSchema, type Frontmatter } from './frontmatter';
export { countWords, factPlaceholder, plainText } from './text';
export { isElement } from './mdx-syntax.mjs';
export * from './types';
