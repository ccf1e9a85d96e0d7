import { describe, expect, it } from 'vitest';
import { W } from '../types';
import { textWidth } from '../wrap';
import { INSET, insideX } from './inside';

/** The label's estimated extent once placed by insideX. */
function extent(x: number, text: string, anchor: 'start' | 'middle' | 'end', size = 12) {
  const placed = insideX(x, text, { anchor, size });
  const w = textWidth(text, size);
  const start = anchor === 'start' ? placed : anchor === 'end' ? placed - w : placed - w / 2;
  return { placed, start, end: start + w };
}

describe('insideX: a label near an edge stays inside the drawing', () => {
  it('counts a Chinese character wider than a letter', () => {
    expect(textWidth('2030年')).toBeGreaterThan(textWidth('20301'));
    expect(textWidth('年')).toBeCloseTo(2.2 * textWidth('a'));
  });

  it('moves a long Chinese label at the far right edge in until it ends at the inner edge', () => {
    const text = '小米此前的目标：2030年进入欧洲';
    const { placed, start, end } = extent(W - 2, text, 'middle');
    expect(placed).toBeLessThan(W - 2);
    expect(end).toBeLessThanOrEqual(W - INSET);
    expect(end).toBeGreaterThan(W - INSET - 0.2);
    expect(start).toBeGreaterThanOrEqual(INSET);
  });

  it('moves a Latin label at the far right edge in too, less far than the same words would need in Chinese', () => {
    const latin = extent(W - 2, 'Earlier target: 2030', 'middle');
    expect(latin.end).toBeLessThanOrEqual(W - INSET);
    expect(latin.start).toBeGreaterThanOrEqual(INSET);
    expect(extent(W, '2030年', 'start').end).toBeLessThanOrEqual(W - INSET);
    expect(insideX(414, '2030', { size: 13 })).toBeGreaterThan(insideX(414, '2030年', { size: 13 }));
  });

  it('keeps a label at the left edge inside, whatever its anchor', () => {
    for (const anchor of ['start', 'middle', 'end'] as const) {
      expect(extent(0, '2030年进入欧洲', anchor).start).toBeGreaterThanOrEqual(INSET);
      expect(extent(0, 'Europe by 2030', anchor).start).toBeGreaterThanOrEqual(INSET);
    }
  });

  it('leaves a label that fits where it is', () => {
    expect(insideX(414, '2030', { size: 13 })).toBe(414);
    expect(insideX(220, '2030年', { size: 13 })).toBe(220);
    expect(insideX(W - INSET, 'end', { anchor: 'end' })).toBe(W - INSET);
  });

  it('counts a label drawn larger than the phone\'s raised size at its own size', () => {
    expect(textWidth('2030', 31)).toBeCloseTo(2 * textWidth('2030', 12));
  });

  it('starts a label wider than the whole drawing at the left edge rather than past both edges', () => {
    const long = '这是一条比整幅图还要宽得多的中文标签，无论放在哪里都装不下，所以从左边开始';
    expect(extent(W - 2, long, 'middle').start).toBeCloseTo(INSET, 0);
  });
});
