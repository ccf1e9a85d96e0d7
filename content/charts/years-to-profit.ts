import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

export const yearsToProfit = {
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
  copy: {
    en: {
      title: 'Years from founding to the first profitable quarter',
    },
  },
  /**
   * Not converted yet: the chart still draws by the step's place in this table (its words are in
   * the chart file). Each row becomes the step's state when the chart is converted.
   */
  states: {
    'peers-tesla': {},
    'peers-li-auto-leapmotor': {},
    'peers-nio-xpeng': {},
    'peers-xiaomi': {},
    'peers-different-measures': {},
    'peers-head-start': {},
  },
} as const satisfies ChartSpec<ChartCopy, Record<string, never>>;
