/** Server side: resolves a chart's spec into the plain data the chart component receives. */
import { getSeries } from '@/lib/registry';
import { CHART_SPECS, isChartName, type ChartName } from './specs';
import type { ChartData } from './types';

export function chartData(name: string): { name: ChartName; title: string; data: ChartData } {
  if (!isChartName(name)) throw new Error(`Unknown chart "${name}". Known charts: ${Object.keys(CHART_SPECS).join(', ')}`);
  const spec = CHART_SPECS[name];
  const data: ChartData = {};
  for (const [key, seriesId] of Object.entries(spec.series)) data[key] = getSeries(seriesId);
  return { name, title: spec.title, data };
}
