/**
 * What the built site holds, read from out/: the chapters in story order that were exported, and
 * each chapter's step ids as its HTML carries them (id and data-step on each step element). Nothing
 * here knows a chapter's words, so rewritten prose or new chapters need no change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { story } from '../../content/story';

export const OUT = path.join(process.cwd(), 'out');

const html = (route: string) => path.join(OUT, `${route.replace(/^\//, '') || 'index'}.html`);

export function builtChapters(): string[] {
  return story.chapters.filter((slug) => fs.existsSync(html(`/${slug}`)));
}

export function builtStepIds(slug: string): string[] {
  const source = fs.readFileSync(html(`/${slug}`), 'utf8');
  return [...source.matchAll(/<[a-z]+\b[^>]*\bdata-step\b[^>]*>/g)]
    .map((m) => /\bid="([^"]+)"/.exec(m[0])?.[1])
    .filter((id): id is string => Boolean(id));
}

/** The deck's pages in an edition ('' or '/zh'), where that edition's deck was exported: deck, a chapter's deck, speaker view. */
function deckPages(prefix: string, chapters: string[]): string[] {
  // Both editions always have their deck: a missing page must fail the suite.
  const first = chapters.filter((s) => fs.existsSync(html(`${prefix}/present/${s}`))).slice(0, 1);
  return [`${prefix}/present`, ...first.map((s) => `${prefix}/present/${s}`), `${prefix}/present/speaker`];
}

/** Every page a reader or presenter opens: cover, chapters, data room, deck, a chapter's deck, speaker view (and the Chinese deck's). */
export function builtPages(): string[] {
  const chapters = builtChapters();
  return ['/', ...chapters.map((s) => `/${s}`), '/data', ...deckPages('', chapters), ...deckPages('/zh', chapters)];
}
