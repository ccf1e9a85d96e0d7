/**
 * Which registry series each chart draws. The server resolves these into plain data for the chart;
 * an unknown chart name or series id fails the build with the chart's name in the message.
 * Kept free of React and of the chart modules so scripts and the data room can import it.
 */
export interface ChartSpec {
  title: string;
  /** Chart data key → registry series id. */
  series: Record<string, string>;
  /** How many step states the chart draws; a scrolly with more steps fails the content check. */
  states: number;
}

export const CHART_SPECS = {
  'loss-per-car': {
    title: 'Result per car and deliveries, by quarter',
    series: { perCar: 'per-car-derived', deliveries: 'deliveries', reported: 'per-car-reported', result: 'segment-result' },
    states: 6,
  },
} as const satisfies Record<string, ChartSpec>;

export type ChartName = keyof typeof CHART_SPECS;

export function isChartName(name: string): name is ChartName {
  return Object.hasOwn(CHART_SPECS, name);
}
