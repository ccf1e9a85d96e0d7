import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { story } from '@/content/story';
import { chapterModels, readChapterFile } from './index';

const FM = `---\ntitle: A chapter\ndescription: "A description long enough to pass the check."\nsummary: A one-line summary.\nheadlineFact: loss\n---\n`;

describe('readChapterFile', () => {
  it('parses a file once, and again only when it changes', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chapter-model-')), 'x.mdx');
    fs.writeFileSync(file, `${FM}\nOne.\n`);
    const first = readChapterFile(file, 'x');
    expect(readChapterFile(file, 'x')).toBe(first);
    fs.writeFileSync(file, `${FM}\nOne and two.\n`);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = readChapterFile(file, 'x');
    expect(second).not.toBe(first);
    expect(second.chapter.words).toBe(3);
  });
});

describe('chapterModels', () => {
  it('gives the written chapters in story order, every step with an id', () => {
    const models = chapterModels();
    expect(models.map((m) => m.slug)).toEqual(story.chapters.filter((s) => models.some((m) => m.slug === s)));
    for (const m of models) {
      expect(m.lang).toBe('en');
      for (const s of m.scrollies) for (const st of s.steps) expect(st.id, `${m.file}:${st.position.line}`).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
