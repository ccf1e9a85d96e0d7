import { describe, expect, it } from 'vitest';
import { chartData, chartCopy, resolveSpec } from './resolve';
import { chartNames, chartStepIds } from './specs';
import { point } from './lookup';
import { stateAt } from './states';
import { fill } from './copy';

describe('chart data', () => {
  it('resolves every registered chart from the registry, each point with what the registry knows', () => {
    for (const name of chartNames()) {
      const { data } = chartData(name);
      expect(Object.keys(data).length).toBeGreaterThan(0);
      for (const [key, d] of Object.entries(data)) {
        expect(d.chart).toBe(name);
        expect(d.key).toBe(key);
        for (const p of d.points) expect(['single', 'agreed', 'differ', 'derived']).toContain(p.status);
      }
    }
  });

  it('parses each point\'s place in time with the shared period parser: a date fact by its date', () => {
    const { data } = chartData('the-bet');
    expect(point(data, 'timeline', 'su7-launch-date').at).toEqual({ year: 2024, month: 3, day: 28 });
    expect(point(data, 'timeline', 'deepmotion-acquisition').at).toEqual({ year: 2021, month: 8 });
    expect(point(data, 'timeline', 'europe-target-year').at).toEqual({ year: 2027 });
    expect(chartData('loss-per-car').data.perCar.points[0].at).toMatchObject({ year: 2024, quarter: 2 });
  });

  it('gives each point one period in the page\'s language: a free-text period in the fact\'s Chinese words, a regular one converted', () => {
    const en = point(chartData('the-launch', 'en').data, 'capacity', 'factory-phase2-capacity');
    const zh = point(chartData('the-launch', 'zh').data, 'capacity', 'factory-phase2-capacity');
    expect(zh.periodText).toBe('二期');
    expect(en.periodText).toBe(en.period);
    expect(chartData('loss-per-car', 'zh').data.perCar.points[0].periodText).toBe('2024年第二季度');
    expect(Object.keys(zh)).not.toContain('periodZh');
  });

  it('fails naming the chart and the series when a chart is given a series the registry lacks', () => {
    expect(() => resolveSpec('bars', { series: { a: 'no-such-series' } })).toThrow(
      'Chart "bars", data "a": content/series.ts: no series with id "no-such-series"',
    );
    expect(() => resolveSpec('bars', { series: { a: ['no-such-fact'] } })).toThrow('Chart "bars", data "a": content/facts.ts: no fact with id "no-such-fact"');
  });

  it('refuses an unknown chart name', () => {
    expect(() => chartData('pie')).toThrow('Unknown chart "pie"');
  });

  it('falls back to the English copy for a locale not written yet', () => {
    const copy = { en: { title: 'T' } };
    expect(chartCopy({ copy }, 'zh')).toBe(copy.en);
    expect(chartCopy({ copy: { ...copy, zh: { title: 'Z' } } }, 'zh').title).toBe('Z');
  });
});

describe('the one look-up', () => {
  it('throws naming the chart, the fact and the data key for a fact the chart does not draw', () => {
    const { data } = chartData('the-bet');
    expect(() => point(data, 'timeline', 'no-such-fact')).toThrow('Chart "the-bet": no fact "no-such-fact" in "timeline"');
    expect(() => point(data, 'nothing' as 'timeline', 'x')).toThrow('Chart "the-bet": no data "nothing"');
  });
});

describe('states by step id', () => {
  it('lists the step ids a chart declares, in story order', () => {
    expect(chartStepIds('loss-per-car')).toEqual(['q2-2024-loss', 'why-a-loss', 'rest-of-2024', 'early-2025', 'first-profit', 'derived-vs-reported']);
  });

  it('gives the row, its place and the row before; an unknown step throws naming the chart', () => {
    const states = { one: { n: 1 }, two: { n: 2 } };
    expect(stateAt('c', states, 'two')).toMatchObject({ index: 1, state: { n: 2 }, previous: { n: 1 } });
    expect(stateAt('c', states, 'one').previous).toBeUndefined();
    expect(() => stateAt('c', states, 'three')).toThrow('Chart "c": no state for step "three"');
    expect(() => stateAt('c', { 2024: {} }, '2024')).toThrow('bare number');
  });
});

describe('copy blanks', () => {
  it('fills named blanks and refuses a blank without a value', () => {
    expect(fill('{a} · {b}', { a: 'x', b: 2 })).toBe('x · 2');
    expect(() => fill('{a} {missing}', { a: 'x' })).toThrow('no value for {missing}');
  });
});
