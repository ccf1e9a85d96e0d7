import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

export const theLaunch = {
  series: {
    deliveries: 'deliveries',
    /** Q4 2025: no page gives it; the same derived figure the headwinds chart draws. */
    derivedQuarter: ['deliveries-2025q4-derived'],
    capacity: ['factory-phase1-capacity', 'factory-phase2-capacity', 'factory-capacity-total'],
    milestones: [
      'su7-launch-date', 'su7-first-deliveries', 'phase2-construction-start', 'su7-ultra-presale-date',
      'su7-ultra-launch-date', 'yu7-launch-date', 'phase2-operational', 'car-500000th-date',
    ],
    orders: ['su7-orders-27-minutes', 'su7-orders-24h', 'su7-locked-orders', 'yu7-orders-3-minutes', 'yu7-orders-1-hour', 'yu7-locked-18-hours'],
    windows: ['su7-orders-window-minutes', 'yu7-locked-window-hours'],
    production: ['su7-days-to-100000', 'su7-production-milestone', 'car-production-milestone'],
    ultra: ['su7-ultra-presale-price', 'su7-ultra-launch-price'],
    waiting: ['wait-quoted-date', 'wait-su7-max-low', 'wait-su7-max-high', 'wait-su7-ultra'],
  },
  copy: {
    en: {
      title: "Cars delivered per quarter against the Beijing factory's rated capacity, with launch orders and milestones",
    },
  },
  /**
   * Not converted yet: the chart still draws by the step's place in this table (its words are in
   * the chart file). Each row becomes the step's state when the chart is converted.
   */
  states: {
    'launch-night': {},
    'launch-locked-orders': {},
    'launch-ramp-up': {},
    'launch-su7-ultra': {},
    'launch-waiting-times': {},
    'launch-yu7': {},
    'launch-phase-two': {},
  },
} as const satisfies ChartSpec<ChartCopy, Record<string, never>>;
