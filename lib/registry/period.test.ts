import { describe, expect, it } from 'vitest';
import { parsePeriod, periodEnds } from './period';

describe('parsePeriod', () => {
  it.each([
    ['2021-03-30', { year: 2021, month: 3, day: 30 }],
    ['2021-08', { year: 2021, month: 8 }],
    ['2027', { year: 2027 }],
    ['30 Mar 2021', { year: 2021, month: 3, day: 30 }],
    ['Aug 2021', { year: 2021, month: 8 }],
    ['Q3 2025', { year: 2025, month: 7, quarter: 3 }],
    ['H1 2025', { year: 2025, month: 1, half: 1 }],
    ['FY2024', { year: 2024, fiscalYear: true }],
    ['27 Jun to 19 Nov 2025', { year: 2025, month: 6, day: 27 }],
  ])('%s', (period, parsed) => {
    expect(parsePeriod(period)).toEqual(parsed);
  });

  it('gives null for a period without a year', () => {
    expect(parsePeriod('Phase 2')).toBeNull();
  });

  it('gives the two ends of a range, or the period twice', () => {
    expect(periodEnds('30 Mar 2021 to Q3 2025')).toEqual(['30 Mar 2021', 'Q3 2025']);
    expect(periodEnds('Q3 2025')).toEqual(['Q3 2025', 'Q3 2025']);
  });
});
