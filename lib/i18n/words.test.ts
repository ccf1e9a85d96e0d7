import { describe, expect, it } from 'vitest';
import { defineWords, fill, placeholders, wordsFor } from './words';

describe('fill', () => {
  it('fills named placeholders with strings and numbers, in any order and more than once', () => {
    expect(fill('Chapter {n} of {total}', { n: 2, total: 6 })).toBe('Chapter 2 of 6');
    expect(fill('第{n}章，共{total}章', { total: 6, n: 2 })).toBe('第2章，共6章');
    expect(fill('{a}-{a}', { a: 'x' })).toBe('x-x');
    expect(fill('no placeholders', {})).toBe('no placeholders');
  });

  it('returns the pieces in order when a value is markup, so it can be rendered', () => {
    const link = { type: 'a' };
    expect(fill('See the {room}.', { room: link })).toEqual(['See the ', link, '.']);
    expect(fill('{room}里', { room: link })).toEqual([link, '里']);
  });

  it('throws on a placeholder no value fills', () => {
    expect(() => fill('Slide {n} of {totl}', { n: 1, total: 2 })).toThrow(/\{totl\}/);
    expect(() => fill('{n}', {})).toThrow(/no value/);
  });

  it('lists a template’s placeholders', () => {
    expect(placeholders('{label} ({measure}, {period})')).toEqual(['label', 'measure', 'period']);
    expect(placeholders('plain')).toEqual([]);
  });
});

describe('defineWords / wordsFor', () => {
  it('gives the side of the table for the locale', () => {
    const t = defineWords({ en: { hi: 'Hello' }, zh: { hi: '你好' } });
    expect(wordsFor(t, 'zh').hi).toBe('你好');
    expect(wordsFor(t, 'en').hi).toBe('Hello');
  });
});
