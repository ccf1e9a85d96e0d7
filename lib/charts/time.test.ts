import { describe, expect, it } from 'vitest';
import { dateWords, timeOf } from './time';

describe('placing periods in time', () => {
  it('puts a day on its day, a month in its middle, a quarter at its end, a year at its start', () => {
    expect(timeOf({ year: 2021, month: 3, day: 30 }).toISOString().slice(0, 10)).toBe('2021-03-30');
    expect(timeOf({ year: 2021, month: 8 }).toISOString().slice(0, 10)).toBe('2021-08-15');
    expect(timeOf({ year: 2025, month: 7, quarter: 3 }).toISOString().slice(0, 10)).toBe('2025-09-30');
    expect(timeOf({ year: 2027 }).toISOString().slice(0, 10)).toBe('2027-01-01');
  });

  it('prints dates through the registry formatter and quarters as written', () => {
    expect(dateWords({ year: 2021, month: 8 }, 'Aug 2021')).toBe('August 2021');
    expect(dateWords({ year: 2021, month: 3, day: 30 }, '30 Mar 2021')).toBe('30 March 2021');
    expect(dateWords({ year: 2025, month: 7, quarter: 3 }, 'Q3 2025')).toBe('Q3 2025');
  });
});
