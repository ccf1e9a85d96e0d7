import { describe, expect, it } from 'vitest';
import { asOfSentence, newestPeriod, newestReportingPeriod, reportingPeriodEnd } from './as-of';
import { registry } from '@/lib/registry';
import { story } from '@/content/story';

describe('reportingPeriodEnd', () => {
  it('reads quarters, halves and full years, and nothing else', () => {
    expect(reportingPeriodEnd('Q1 2026')).toEqual({ year: 2026, month: 3 });
    expect(reportingPeriodEnd('H1 2025')).toEqual({ year: 2025, month: 6 });
    expect(reportingPeriodEnd('FY2025')).toEqual({ year: 2025, month: 12 });
    for (const p of ['2027', '2026–2027', '13 Feb 2026', 'Ten years from 2021', 'H3 2025', '2022 to H1 2025']) expect(reportingPeriodEnd(p)).toBeNull();
  });
});

describe('newestReportingPeriod', () => {
  it('takes the period that ends last, ignoring dates and targets', () => {
    expect(newestReportingPeriod(['Q3 2025', 'FY2025', 'Q1 2026', '2027', '13 Feb 2026', 'FY2024'], '2026-12-01')).toBe('Q1 2026');
    expect(newestReportingPeriod(['Q4 2025', 'FY2025'], '2026-12-01')).toBe('Q4 2025');
  });

  it('ignores a period not over by the research date', () => {
    expect(newestReportingPeriod(['Q1 2026', 'Q4 2026', 'FY2026'], '2026-12-01')).toBe('Q1 2026');
    expect(newestReportingPeriod(['Q3 2026'], '2026-10-01')).toBe('Q3 2026');
    expect(newestReportingPeriod(['Q3 2026'], '2026-09-30')).toBeNull();
  });
});

describe('the story as of', () => {
  it('names the newest reporting period in the registry and the research date, apart', () => {
    const newest = newestPeriod();
    expect([...registry.facts.values()].some((f) => f.period === newest)).toBe(true);
    const sentence = asOfSentence();
    expect(sentence).toContain(`figures are for ${newest}`);
    expect(sentence).toMatch(/last checked on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(story.figuresAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
