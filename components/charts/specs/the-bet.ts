import type { ChartSpec } from './types';

export const theBet = {
  title: 'The car bet: what was pledged, what pays for it, and the road to 2027',
  series: {
    timeline: [
      'ev-business-announced', 'deepmotion-acquisition', 'autonomous-driving-announced', 'su7-launch-date',
      'europe-2027-q3-results', 'europe-target-year',
    ],
    pledge: ['initial-investment', 'planned-investment-usd', 'plan-years'],
    autonomy: ['autonomous-driving-investment', 'autonomous-driving-team-2022', 'autonomous-driving-test-fleet'],
    revenue: ['group-revenue-2024fy', 'smartphone-revenue-2024fy', 'iot-revenue-2024fy', 'internet-revenue-2024fy', 'segment-revenue-2024fy', 'ev-revenue-2024fy'],
    shares: ['smartphone-share-2024fy', 'iot-share-2024fy', 'internet-share-2024fy', 'segment-share-2024fy'],
    research: ['rd-spend-2024', 'rd-budget-2025', 'ai-rd-budget-2025'],
    invested: ['cumulative-investment-2022-2025h1', 'usd-cny-rate-2025-08', 'investment-share-of-pledge'],
  },
  states: 6,
} as const satisfies ChartSpec;
