import { describe, expect, it } from 'vitest';
import { chartData, resolveSpec } from './data';
import { CHART_SPECS } from './specs';

describe('chart data', () => {
  it('resolves every registered chart from the registry', () => {
    for (const name of Object.keys(CHART_SPECS)) expect(Object.keys(chartData(name).data).length).toBeGreaterThan(0);
  });

  it('fails naming the chart and the series when a chart is given a series the registry lacks', () => {
    expect(() => resolveSpec('bars', { title: 'T', series: { a: 'no-such-series' }, states: 1 })).toThrow(
      'Chart "bars", data "a": content/series.ts: no series with id "no-such-series"',
    );
    expect(() => resolveSpec('bars', { title: 'T', series: { a: ['no-such-fact'] }, states: 1 })).toThrow('Chart "bars", data "a": content/facts.ts: no fact with id "no-such-fact"');
  });

  it('refuses an unknown chart name', () => {
    expect(() => chartData('pie')).toThrow('Unknown chart "pie"');
  });
});
