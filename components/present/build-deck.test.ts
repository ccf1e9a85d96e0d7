import { createElement as h, Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import { Fact } from '@/components/story/Fact';
import { captionFit, findAll, startOf, textLength } from './build-deck';
import type { SlideMeta } from './types';

function Marker(_: { id?: string; children?: unknown }): null {
  return null;
}

describe('findAll', () => {
  it('finds markers at any depth, outermost first, without looking inside them', () => {
    const tree = h(Fragment, null, h('p', null, 'prose'), h('div', null, h(Marker, { id: 'a' }, h(Marker, { id: 'inner' })), h(Marker, { id: 'b' })));
    expect(findAll<{ id: string }>(tree, Marker as never).map((m) => m.props.id)).toEqual(['a', 'b']);
  });
});

describe('caption sizing', () => {
  it('counts text and a dozen characters a figure', () => {
    expect(textLength(h('p', null, 'twelve chars', h(Fact, { id: 'x' }), h('em', null, 'abc')))).toBe(12 + 12 + 3);
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
