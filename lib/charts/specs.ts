/**
 * The chart registry: names, declarations and the step ids each chart declares. Free of React,
 * of the registry's runtime and of the chart modules, so scripts, the content gate and the data
 * room can import it.
 */
import { CHART_SPECS } from '@/content/charts';
import { stepIdsOf } from './states';
import type { ChartCopy, ChartSpec } from './types';

export { CHART_SPECS };
export type ChartName = keyof typeof CHART_SPECS;

// Every declaration is checked against the shared type here, once.
const specs: Record<ChartName, ChartSpec<ChartCopy, unknown>> = CHART_SPECS;

export const chartNames = (): ChartName[] => Object.keys(CHART_SPECS) as ChartName[];

export function isChartName(name: string): name is ChartName {
  return Object.hasOwn(CHART_SPECS, name);
}

export function chartSpec(name: string): ChartSpec<ChartCopy, unknown> {
  if (!isChartName(name)) throw new Error(`Unknown chart "${name}". Known charts: ${chartNames().join(', ')}`);
  return specs[name];
}

/** The step ids a chart declares states for, in story order (a scrolly must have exactly these steps). */
export function chartStepIds(name: string): string[] {
  return stepIdsOf(name, chartSpec(name).states as Record<string, unknown>);
}

/** The chart's title in English (data-room downloads and the CSV heading are English). */
export function chartTitle(name: string): string {
  return chartSpec(name).copy.en.title;
}
