import type { ChartSpec } from './types';

export const lossPerCar = {
  title: 'Result per car and deliveries, by quarter',
  series: { perCar: 'per-car-derived', deliveries: 'deliveries', reported: 'per-car-reported', result: 'segment-result' },
  states: 6,
} as const satisfies ChartSpec;
