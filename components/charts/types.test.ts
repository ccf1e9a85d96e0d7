import { describe, expect, it } from 'vitest';
import { H, MIN_TEXT_PX, W, minFontUnits } from './types';

describe('minFontUnits', () => {
  it('asks for the viewBox size that renders at the minimum on a phone', () => {
    // 390 px phone: the drawing is 382 px wide, so a unit is drawn at 382 / 440 px.
    const units = minFontUnits(382, 372);
    expect(units * (382 / W)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(units * (382 / W)).toBeLessThan(MIN_TEXT_PX + 0.25);
    expect(units).toBeGreaterThan(11);
  });
  it('uses the tighter of the two fits (the drawing is letterboxed, "meet")', () => {
    expect(minFontUnits(1000, 210)).toBe(Math.ceil((MIN_TEXT_PX / (210 / H)) * 4) / 4);
  });
  it('asks for less than the labels already have on a large screen, and nothing before layout', () => {
    expect(minFontUnits(880, 840)).toBeLessThan(6);
    expect(minFontUnits(0, 0)).toBe(0);
  });
});
