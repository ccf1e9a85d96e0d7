import { describe, expect, it } from 'vitest';
import { readingProgress } from './progress';

describe('readingProgress', () => {
  // An article from y=500 to y=2500, a 1000 px screen under a 50 px header.
  const at = (y: number) => readingProgress(y, 500, 2000, 1000, 50);

  it('is 0 until the article reaches the header', () => {
    expect(at(0)).toBe(0);
    expect(at(450)).toBe(0);
  });

  it('grows in step with scrolling and is 1 once the article ends at the screen\'s bottom', () => {
    expect(at(450 + 525)).toBeCloseTo(0.5);
    expect(at(450 + 1050)).toBe(1);
    expect(at(9999)).toBe(1);
  });

  it('is 1 for an article shorter than the screen', () => {
    expect(readingProgress(0, 100, 400, 1000, 50)).toBe(1);
  });
});
