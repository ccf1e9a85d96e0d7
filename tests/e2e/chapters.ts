/**
 * The chapters the built site has, read the way the build reads them (content/story.ts for the
 * order, content/chapters/*.mdx for what exists), so specs that loop over them cover chapters
 * added later with no change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { story } from '../../content/story';

export interface WrittenChapter { slug: string; title: string; description: string; stepIds: string[] }

// Playwright runs from the project root (as the build does).
const DIR = path.join(process.cwd(), 'content', 'chapters');

export function writtenChapters(): WrittenChapter[] {
  return story.chapters
    .filter((slug) => fs.existsSync(path.join(DIR, `${slug}.mdx`)))
    .map((slug) => {
      const source = fs.readFileSync(path.join(DIR, `${slug}.mdx`), 'utf8');
      const fm = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)![1]) as { title: string; description: string };
      const stepIds = [...source.matchAll(/<Step\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
      return { slug, title: fm.title, description: fm.description, stepIds };
    });
}

export const STORY_TITLE = story.title;

export const chapterSlugs = writtenChapters().map((c) => c.slug);
export const outDir = path.join(process.cwd(), 'out');
