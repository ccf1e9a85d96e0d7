/** The Europe chart's road: where events sit, what each step has reached, and its descriptions in both languages. */
import { describe as group, expect, it } from 'vitest';
import { chartData } from '@/lib/charts/resolve';
import { europeRoad, europeStates } from '@/content/charts/europe-2027';
import { describe, figures, reachedBy, roadLayout, type EuropeData } from './figures';

const load = (locale: 'en' | 'zh') => {
  const { data, copy } = chartData('europe-2027', locale);
  return { data: data as EuropeData, copy: copy as Parameters<typeof describe>[2] };
};
const ids = Object.keys(europeStates);

group('europe-2027 road', () => {
  const { dots, targetX, years } = roadLayout(figures(load('en').data));
  const dot = (id: string) => dots.find((d) => d.id === id)!;

  it('places events in date order, the target year to the right of every event', () => {
    const xs = dots.map((d) => d.cx);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(targetX).toBeGreaterThan(xs[xs.length - 1]);
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it('stacks events of one month upwards, at the same x', () => {
    expect(dot('overseas-2027-results-call').cx).toBe(dot('overseas-2027-mwc').cx);
    expect(dot('overseas-2027-results-call').cy).toBe(dot('overseas-2027-mwc').cy - 11);
    expect(dot('europe-2027-q2-call').cy).toBe(dot('europe-earlier-target-reported').cy);
  });

  it('reaches every road event once, in story order, by the last step', () => {
    const reachedAt = europeRoad.map((id) => ids.findIndex((_, i) => reachedBy(ids.slice(0, i + 1)).has(id)));
    expect(reachedAt).toEqual([...reachedAt].sort((a, b) => a - b));
    expect(reachedBy(ids).size).toBe(europeRoad.length);
    expect(ids.flatMap((id) => europeStates[id as keyof typeof europeStates].events)).toHaveLength(europeRoad.length);
  });
});

group('europe-2027 descriptions', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`fills every blank of every step (${locale})`, () => {
      const { data, copy } = load(locale);
      for (const id of ids) {
        const text = describe(data, id, copy, locale);
        expect(text).not.toMatch(/[{}]/);
      }
    });
  }
  it('prints figures in the reader\'s language', () => {
    const { data, copy } = load('zh');
    expect(describe(data, 'europe-hardest-first', copy, 'zh')).toContain('近800公里');
  });
});
