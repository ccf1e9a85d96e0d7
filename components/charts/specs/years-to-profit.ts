import type { ChartSpec } from './types';

export const yearsToProfit = {
  title: 'Years from founding to the first profitable quarter',
  series: {
    // The facts of series 'years-to-profit' in its order, then the figures the chart sets against
    // them (a source document's claim, and the clocks from first deliveries); one list, so the
    // data table names each company in one table.
    figures: [
      'years-to-profit-tesla', 'years-to-profit-li-auto', 'years-to-profit-leapmotor', 'years-to-profit-nio',
      'years-to-profit-xpeng', 'years-to-profit-xiaomi', 'years-to-profit-doc-claim', 'months-to-profit-xiaomi',
      'months-deliveries-to-profit-li-auto', 'months-deliveries-to-profit-xiaomi',
    ],
  },
  states: 6,
} as const satisfies ChartSpec;
