import { describe, expect, it } from 'vitest';
import { stackBlocks } from './layout';

const opts = { gap: 4, bottom: 400 };

describe('stackBlocks', () => {
  it('keeps each block level with its mark when there is room', () => {
    const tops = stackBlocks([{ key: 'a', top: 50, height: 30 }, { key: 'b', top: 200, height: 30 }], opts);
    expect([...tops]).toEqual([['a', 50], ['b', 200]]);
  });

  it('pushes a block down below the one above it, a gap apart', () => {
    const tops = stackBlocks([{ key: 'a', top: 50, height: 40 }, { key: 'b', top: 60, height: 30 }], opts);
    expect(tops.get('b')).toBe(94);
  });

  it('pulls blocks up from the bottom edge without making them overlap', () => {
    const blocks = [{ key: 'a', top: 300, height: 40 }, { key: 'b', top: 340, height: 40 }, { key: 'c', top: 380, height: 40 }];
    const tops = stackBlocks(blocks, opts);
    expect(tops.get('c')).toBe(360);
    expect(tops.get('b')).toBe(316);
    expect(tops.get('a')).toBe(272);
    for (let i = 1; i < blocks.length; i++) expect(tops.get(blocks[i].key)!).toBeGreaterThanOrEqual(tops.get(blocks[i - 1].key)! + blocks[i - 1].height + 4);
  });
});
