/** Server side: resolves a chart's spec into the plain data the chart component receives. */
import { getFact, getSeries } from '@/lib/registry';
import { CHART_SPECS, isChartName, type ChartName, type ChartSpec } from './specs';
import type { ChartData, FactList } from './types';

export function chartData(name: string): { name: ChartName; title: string; data: ChartData } {
  if (!isChartName(name)) throw new Error(`Unknown chart "${name}". Known charts: ${Object.keys(CHART_SPECS).join(', ')}`);
  return { name, title: CHART_SPECS[name].title, data: resolveSpec(name, CHART_SPECS[name]) };
}

/** A spec's series and fact lists, looked up in the registry; a missing one throws naming the chart. */
export function resolveSpec(name: string, spec: ChartSpec): ChartData {
  const data: ChartData = {};
  for (const [key, source] of Object.entries(spec.series)) {
    try {
      data[key] = typeof source === 'string' ? getSeries(source) : factList(key, source);
    } catch (e) {
      throw new Error(`Chart "${name}", data "${key}": ${(e as Error).message}`);
    }
  }
  return data;
}

function factList(key: string, ids: readonly string[]): FactList {
  return {
    kind: 'list',
    id: key,
    label: key,
    points: ids.map((id) => {
      const f = getFact(id);
      return { factId: id, label: f.label, period: f.period, value: f.value, text: f.text };
    }),
  };
}
