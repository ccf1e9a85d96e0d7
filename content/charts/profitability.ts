import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

export const profitability = {
  series: { margin: 'gross-margin', result: 'segment-result', asp: 'asp', 'FY2024 average price': ['asp-2024fy'] },
  copy: {
    en: {
      title: 'Segment gross margin, segment result and average selling price, by quarter',
    },
  },
  /**
   * Not converted yet: the chart still draws by the step's place in this table (its words are in
   * the chart file). Each row becomes the step's state when the chart is converted.
   */
  states: {
    'profit-gross-margin': {},
    'profit-margin-is-not-profit': {},
    'profit-margin-climbs': {},
    'profit-loss-narrows': {},
    'profit-first-profit': {},
    'profit-price-rises': {},
  },
} as const satisfies ChartSpec<ChartCopy, Record<string, never>>;
