import type { ChartSpec } from './types';

export const profitability = {
  title: 'Segment gross margin, segment result and average selling price, by quarter',
  series: { margin: 'gross-margin', result: 'segment-result', asp: 'asp', 'FY2024 average price': ['asp-2024fy'] },
  states: 6,
} as const satisfies ChartSpec;
