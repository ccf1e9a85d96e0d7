import { describe, expect, it } from 'vitest';
import { decodeHash, hashFor, resolveHash } from './slide-url';

const slides = ['the-bet', 'first-step', 'loss-per-car', 'why', '2024', 'end'].map((key) => ({ key }));

describe('resolveHash', () => {
  it('finds a slide by its key: step id, chapter slug, end', () => {
    expect(resolveHash('#why', slides, 0)).toBe(3);
    expect(resolveHash('#loss-per-car', slides, 0)).toBe(2);
    expect(resolveHash('#end', slides, 0)).toBe(5);
  });

  it('reads a key before a number, so a step called "2024" stays itself', () => {
    expect(resolveHash('#2024', slides, 0)).toBe(4);
  });

  it('reads slide numbers, 1-based, and clamps them into the deck', () => {
    expect(resolveHash('#3', slides, 0)).toBe(2);
    expect(resolveHash('#slide-2', slides, 0)).toBe(1);
    expect(resolveHash('#0', slides, 4)).toBe(0);
    expect(resolveHash('#-5', slides, 4)).toBe(0);
    expect(resolveHash('#999', slides, 0)).toBe(5);
  });

  it('falls back to the chapter the path names for anything unknown or mangled', () => {
    expect(resolveHash('', slides, 2)).toBe(2);
    expect(resolveHash('#', slides, 2)).toBe(2);
    expect(resolveHash('#no-such-step', slides, 2)).toBe(2);
    expect(resolveHash('#%E0%A4%A', slides, 2)).toBe(2);
    expect(resolveHash('#<script>', slides, 2)).toBe(2);
    expect(resolveHash('#why', [], 0)).toBe(0);
    expect(resolveHash('#x', slides, 99)).toBe(5);
  });

  it('decodes percent-escapes', () => {
    expect(decodeHash('#gro%C3%9Fe')).toBe('große');
    expect(resolveHash('#wh%79', slides, 0)).toBe(3);
  });
});

describe('hashFor', () => {
  it('round-trips through resolveHash', () => {
    slides.forEach((s, i) => expect(resolveHash(hashFor(s), slides, 0)).toBe(i));
  });
});
