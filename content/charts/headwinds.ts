import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

/**
 * The quarterly series carried past the first profit, with three side views: the share price,
 * the purchase tax and the delivery targets. Keys of fact lists are read as captions of the
 * "Data behind this chart" tables, so they are written as words.
 */
export const headwinds = {
  series: {
    deliveries: 'deliveries-extended',
    result: 'segment-result',
    'early 2026 (weaker sources)': ['segment-result-2026q1', 'deliveries-2026q1-change'],
    'share price': ['share-price-peak', 'share-price-2025-11-19', 'share-price-fall-from-peak'],
    'purchase tax': ['purchase-tax-cap-2025', 'purchase-tax-cap-2026', 'purchase-tax-change-date'],
    'delivery targets': ['delivery-target-2025-initial', 'delivery-target-2025', 'delivery-target-2025-raised', 'deliveries-2025fy', 'delivery-target-2026'],
  },
  copy: {
    en: {
      title: 'After the segment\'s first operating profit: deliveries, segment result, share price, purchase tax and targets',
    },
  },
  /**
   * Not converted yet: the chart still draws by the step's place in this table (its words are in
   * the chart file). Each row becomes the step's state when the chart is converted.
   */
  states: {
    'headwinds-first-profit': {},
    'headwinds-share-price': {},
    'headwinds-tax-and-margins': {},
    'headwinds-record-year': {},
    'headwinds-fourth-quarter': {},
    'headwinds-first-quarter-2026': {},
  },
} as const satisfies ChartSpec<ChartCopy, Record<string, never>>;
