import { describe, expect, it } from 'vitest';
import { MOVE_MS, remaining } from './timing';

describe('remaining', () => {
  it('is nothing before any step change', () => expect(remaining(1000, null)).toBe(0));
  it('is the whole move at the change and shrinks with time', () => {
    expect(remaining(500, 500)).toBe(MOVE_MS);
    expect(remaining(800, 500)).toBe(MOVE_MS - 300);
  });
  it('lands at once when under a frame is left, and after the move', () => {
    expect(remaining(500 + MOVE_MS - 10, 500)).toBe(0);
    expect(remaining(500 + MOVE_MS + 200, 500)).toBe(0);
  });
});
