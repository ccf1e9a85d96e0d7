import { describe, expect, it } from 'vitest';
import { readChapter, stepNodes } from '@/lib/chapter-model';
import { captionFit, startOf, textLength } from './build-deck';
import type { SlideMeta } from './types';

const stepOf = (body: string) =>
  readChapter(`<Scrolly chart="c">\n<Step id="s">\n${body}\n</Step>\n</Scrolly>\n`, { file: 'x.mdx', slug: 'x' }).chapter.scrollies[0].steps[0];

describe('a step\'s parts, from the chapter model', () => {
  it('splits the step into its paragraphs and its notes', () => {
    const { blocks, notes } = stepNodes(stepOf('First <Fact id="x"/>.\n\nSecond.\n\n<Notes>\nSay it.\n\nThen this.\n</Notes>'));
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(notes.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('caption sizing', () => {
  it('counts text and a dozen characters a figure', () => {
    const [caption] = stepNodes(stepOf('twelve chars<Fact id="x"/>*abc*')).blocks;
    expect(textLength([caption])).toBe(12 + 12 + 3);
  });

  it('counts a Chinese character, full-width punctuation included, as two', () => {
    const [caption] = stepNodes(stepOf('亏损，<Fact id="x"/>ab')).blocks;
    expect(textLength([caption])).toBe(3 * 2 + 12 + 2);
  });

  it('keeps short captions full size and shrinks long ones by area, never below 0.6', () => {
    expect(captionFit(100)).toBe(1);
    expect(captionFit(420)).toBe(1);
    expect(captionFit(840)).toBeCloseTo(0.71, 2);
    expect(captionFit(100_000)).toBe(0.6);
  });
});

describe('startOf', () => {
  const slides = [
    { key: 'the-bet', kind: 'title', chapter: 'the-bet' },
    { key: 's1', kind: 'step', chapter: 'the-bet' },
    { key: 'loss-per-car', kind: 'title', chapter: 'loss-per-car' },
    { key: 'end', kind: 'end', chapter: '' },
  ] as SlideMeta[];
  it('opens the whole story at its first slide and a chapter at its title slide', () => {
    expect(startOf(slides)).toBe(0);
    expect(startOf(slides, 'loss-per-car')).toBe(2);
    expect(startOf(slides, 'unwritten')).toBe(0);
  });
});
