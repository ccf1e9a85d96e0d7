import type { ChartCopy, ChartSpec } from '@/lib/charts/types';

export const europe2027 = {
  series: {
    /** The statements and milestones, in date order (the steps walk along them). */
    road: [
      'europe-earlier-target-reported',
      'overseas-2027-mwc',
      'overseas-2027-results-call',
      'overseas-2027-lei-jun',
      'europe-test-car-registered',
      'europe-2027-q2-call',
      'munich-rd-centre',
      'europe-2027-q3-results',
    ],
    /** The target year as first reported, then as named from March 2025. */
    targets: ['europe-target-year-earlier', 'europe-target-year'],
    /** Germany as Lu Weibing described it (single source), and his own test drive. */
    germany: ['german-brands-share-germany', 'toyota-share-germany'],
    'test drive': ['lu-weibing-germany-km'],
  },
  copy: {
    en: {
      title: 'The road to Europe, 2024 to 2027, and the German market as Xiaomi faces it',
    },
  },
  /**
   * Not converted yet: the chart still draws by the step's place in this table (its words are in
   * the chart file). Each row becomes the step's state when the chart is converted.
   */
  states: {
    'europe-no-immediate-plans': {},
    'europe-target-moves': {},
    'europe-home-first': {},
    'europe-munich-centre': {},
    'europe-plan-reaffirmed': {},
    'europe-german-market': {},
    'europe-hardest-first': {},
  },
} as const satisfies ChartSpec<ChartCopy, Record<string, never>>;
