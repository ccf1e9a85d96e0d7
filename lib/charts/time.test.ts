import { describe, expect, it } from 'vitest';
import { dateWords, quarterAt, quarterSpan, startOf, timeOf } from './time';

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

describe('quarters on a time axis, and dates in Chinese', () => {
  it('spans a quarter from its first instant to the next quarter\'s, and finds the quarter of a moment', () => {
    const [a, b] = quarterSpan({ year: 2024, month: 4, quarter: 2 });
    expect([a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)]).toEqual(['2024-04-01', '2024-07-01']);
    expect(quarterAt(new Date(Date.UTC(2025, 11, 31)))).toEqual({ year: 2025, month: 10, quarter: 4 });
    expect(() => quarterSpan({ year: 2024 })).toThrow('not a quarter');
    expect(startOf({ year: 2025, month: 8 }).toISOString().slice(0, 10)).toBe('2025-08-01');
    expect(startOf({ year: 2024, month: 3, day: 28 }).toISOString().slice(0, 10)).toBe('2024-03-28');
  });

  it('prints dates and quarters in Chinese through the registry formatter', () => {
    expect(dateWords({ year: 2024, month: 3, day: 28 }, '28 Mar 2024', 'zh')).toBe('2024年3月28日');
    expect(dateWords({ year: 2025, month: 7, quarter: 3 }, 'Q3 2025', 'zh')).toBe('2025年第三季度');
  });
});
