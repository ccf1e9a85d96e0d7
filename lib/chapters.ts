/**
 * Chapter files on disk: frontmatter and structure, read without importing any MDX (so a module
 * that lists chapters never pulls chapters' client code into a route: toolchain note 5).
 * Validation lives in lib/content-check.ts; this module trusts what passed it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { story, type ChapterSlug } from '@/content/story';

export const CHAPTER_DIR = path.join(process.cwd(), 'content', 'chapters');

export const FrontmatterSchema = z
  .object({
    title: z.string().min(3),
    /** One or two sentences for search results and social cards. */
    description: z.string().min(20).max(300),
    /** The one-line summary on the cover. */
    summary: z.string().min(10).max(200),
    /** The fact printed large on the chapter's social card. */
    headlineFact: z.string().min(1),
    /**
     * What the card says the headline figure is, when the fact's registry label would mislead on
     * its own ("Loss per car" for a segment's loss divided by cars). The period is added to it.
     */
    headlineCaption: z.string().min(10).max(90).optional(),
  })
  .strict();
export type Frontmatter = z.infer<typeof FrontmatterSchema>;

/** `body` is the step's MDX source as written (notes included), for the content gate's card limits. */
export interface StepInfo { id: string; line: number; text: string; notes: string; body: string }
export interface ScrollyInfo { chart: string; line: number; steps: StepInfo[] }
export interface ChapterInfo {
  slug: ChapterSlug;
  file: string;
  frontmatter: Frontmatter;
  scrollies: ScrollyInfo[];
  factIds: { id: string; line: number }[];
  words: number;
  readingMinutes: number;
}

export function splitFrontmatter(source: string): { yaml: string | null; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { yaml: null, body: source, bodyLine: 1 };
  return { yaml: m[1], body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

export function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Plain text of an MDX fragment: tags, expressions and markdown punctuation removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, ' ')
    .replace(/<Fact\b[^>]*\/>/g, ' FACT ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Structure of one chapter's source (unvalidated attributes are read as written). */
export function readStructure(source: string) {
  const scrollies: ScrollyInfo[] = [];
  const scrollyRe = /<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g;
  for (let m; (m = scrollyRe.exec(source)); ) {
    const chart = /chart="([^"]*)"/.exec(m[1])?.[1] ?? '';
    const inner = m[2];
    const innerStart = m.index + m[0].indexOf(inner);
    const steps: StepInfo[] = [];
    const stepRe = /<Step\b([^>]*)>([\s\S]*?)<\/Step>/g;
    for (let s; (s = stepRe.exec(inner)); ) {
      const notes = /<Notes>([\s\S]*?)<\/Notes>/.exec(s[2])?.[1] ?? '';
      steps.push({
        id: /id="([^"]*)"/.exec(s[1])?.[1] ?? '',
        line: lineAt(source, innerStart + s.index),
        text: plainText(s[2]),
        notes: plainText(notes),
        body: s[2],
      });
    }
    scrollies.push({ chart, line: lineAt(source, m.index), steps });
  }
  const factIds: { id: string; line: number }[] = [];
  const factRe = /<Fact\b[^>]*?id="([^"]*)"[^>]*\/>/g;
  for (let m; (m = factRe.exec(source)); ) factIds.push({ id: m[1], line: lineAt(source, m.index) });
  const words = plainText(source.replace(/^---[\s\S]*?---/, '')).split(' ').filter(Boolean).length;
  return { scrollies, factIds, words };
}

export function chapterFile(slug: string): string {
  return path.join(CHAPTER_DIR, `${slug}.mdx`);
}

/** Chapters that exist on disk, in story order. */
export function writtenChapters(): ChapterInfo[] {
  return story.chapters.filter((slug) => fs.existsSync(chapterFile(slug))).map(loadChapter);
}

export function loadChapter(slug: ChapterSlug): ChapterInfo {
  const file = chapterFile(slug);
  const source = fs.readFileSync(file, 'utf8');
  const { yaml } = splitFrontmatter(source);
  const frontmatter = FrontmatterSchema.parse(parseYaml(yaml ?? ''));
  const { scrollies, factIds, words } = readStructure(source);
  return { slug, file, frontmatter, scrollies, factIds, words, readingMinutes: Math.max(1, Math.round(words / 220)) };
}

export function chapterNeighbours(slug: ChapterSlug) {
  const written = writtenChapters();
  const i = written.findIndex((c) => c.slug === slug);
  return { prev: written[i - 1], next: written[i + 1] };
}
