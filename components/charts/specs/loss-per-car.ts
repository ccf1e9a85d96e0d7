import type { ChartSpec } from './types';

export const lossPerCar = {
  title: 'Segment result per car delivered (derived) and deliveries, by quarter',
  series: { perCar: 'per-car-derived', deliveries: 'deliveries', reported: 'per-car-reported', result: 'segment-result' },
  states: 6,
} as const satisfies ChartSpec;
