import { describe, expect, it } from 'vitest';
import { NO_PERIOD, periodSortKey } from './period';

describe('periodSortKey', () => {
  it.each([
    ['Q2 2024', 20240400],
    ['FY2024', 20240000],
    ['30 Mar 2021', 20210330],
    ['Aug 2021', 20210800],
    ['2025 (planned)', 20250000],
    ['to 30 Sep 2024', 20240930],
    ['Ten years from 2021', 20210000],
    ['28–29 Mar 2024', 20240328],
    ['27 Jun to 19 Nov 2025', 20250627],
    ['Q1–Q3 2025', 20250100],
    ['2022 to H1 2025', 20220000],
    ['H1 2025', 20250100],
    ['Feb–Mar 2025', 20250200],
    ['Nov 2014 to Q4 2025', 20141100],
    ['Phase 1 (completed 2023)', 20230000],
    ['2025 (set 18 Mar 2025)', 20250000],
  ])('%s starts at %i', (period, key) => {
    expect(periodSortKey(period)).toBe(key);
  });

  it('puts periods without a year last', () => {
    expect(periodSortKey('Phases 1 and 2')).toBe(NO_PERIOD);
  });

  it('orders a year, its quarters and its days chronologically', () => {
    const periods = ['Q3 2024', '3 Apr 2024', 'FY2024', 'Q2 2024', 'Mar 2024', '30 Mar 2021'];
    expect([...periods].sort((a, b) => periodSortKey(a) - periodSortKey(b))).toEqual(['30 Mar 2021', 'FY2024', 'Mar 2024', 'Q2 2024', '3 Apr 2024', 'Q3 2024']);
  });
});
