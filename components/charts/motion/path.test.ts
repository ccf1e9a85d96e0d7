import { describe, expect, it } from 'vitest';
import { interpolatePath, toPolylines, withVertices } from './path';

describe('toPolylines', () => {
  it('reads absolute and relative lines, H, V and Z', () => {
    expect(toPolylines('M0,0H10V5Z')).toEqual([[[0, 0], [10, 0], [10, 5], [0, 0]]]);
    expect(toPolylines('M10,10l-4,7h8z')).toEqual([[[10, 10], [6, 17], [14, 17], [10, 10]]]);
  });
  it('splits subpaths and flattens curves', () => {
    const lines = toPolylines('M0,0L1,1M5,5Q10,0 20,5');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toHaveLength(9);
    expect(lines[1][8]).toEqual([20, 5]);
  });
});

describe('withVertices', () => {
  it('adds vertices on the longest segments without changing the shape', () => {
    const out = withVertices([[0, 0], [10, 0], [10, 1]], 5);
    expect(out).toHaveLength(5);
    expect(out.filter(([, y]) => y === 0).length).toBe(4);
    expect(out[out.length - 1]).toEqual([10, 1]);
  });
});

describe('interpolatePath', () => {
  it('interpolates number by number when the commands match', () => {
    const mix = interpolatePath('M0,10H100', 'M0,50H100');
    expect(mix(0)).toBe('M0,10H100');
    expect(mix(0.5)).toBe('M0,30H100');
    expect(mix(1)).toBe('M0,50H100');
  });
  it('morphs between lines with different point counts, ending exactly on the target', () => {
    const a = 'M0,0L10,10';
    const b = 'M0,0L10,10L20,0L30,10';
    const mix = interpolatePath(a, b);
    expect(mix(0)).toBe(a);
    expect(mix(1)).toBe(b);
    const mid = toPolylines(mix(0.5))[0];
    expect(mid).toHaveLength(4);
    expect(mid[0]).toEqual([0, 0]);
    expect(mid[3][0]).toBeGreaterThan(10);
    expect(mid[3][0]).toBeLessThan(30);
  });
});
