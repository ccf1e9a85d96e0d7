/** Facts used only by the "the-bet" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  {
    id: 'autonomous-driving-team-2022', label: 'Autonomous-driving R&D team', value: 500, unit: 'count', qualifier: 'more-than',
    period: '11 Aug 2022', measure: 'staff in the autonomous-driving R&D team',
    sources: [{ source: 'digitimes-2022-08-12', quote: 'The company has built a team of over 500 professionals' }],
    status: { kind: 'single' },
    note: 'The same page expected the team to pass 600 by the end of 2022.',
  },
  {
    id: 'autonomous-driving-test-fleet', label: 'Autonomous-driving test fleet', value: 140, unit: 'cars',
    period: '11 Aug 2022', measure: 'test cars in the first phase of the autonomous-driving programme',
    sources: [{ source: 'digitimes-2022-08-12', quote: 'plans to form a fleet of 140 vehicles in the first phase of this project and test the cars across China' }],
    status: { kind: 'single' },
    note: 'A plan announced in August 2022, not a count of cars on the road.',
  },

  // ---- Pledge against spend: the yuan spent, in dollars, as a share of the dollar pledge ----
  {
    id: 'segment-revenue-2024fy-usd', label: 'Smart EV segment revenue in US dollars', value: 4_550_000_000, unit: 'USD', scale: 'bn', digits: 2,
    period: 'FY2024', measure: 'segment revenue (smart EV and other new initiatives), converted to USD by the publisher',
    sources: [{ source: 'ctol-2025-03', quote: 'Generated RMB 32.8 billion ($4.55 billion)' }],
    status: { kind: 'single' },
    note: 'Kept for its exchange rate: the same page gives the figure in both currencies.',
  },
  {
    id: 'rmb-per-usd-derived', label: 'Exchange rate used (RMB per US dollar)', unit: 'count', digits: 2,
    period: 'FY2024', measure: 'yuan per US dollar implied by one publisher\'s conversion of Xiaomi\'s 2024 figures',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-revenue-2024fy', 'segment-revenue-2024fy-usd'], text: 'segment revenue in RMB ÷ the same revenue in USD' } },
    note: 'An assumption: one rate, taken from a 2024 conversion, applied to spending from 2022 to mid-2025. No source converts the spending itself.',
  },
  {
    id: 'cumulative-investment-usd-derived', label: 'Invested in cars and new businesses, in US dollars (derived)', unit: 'USD', scale: 'bn', digits: 1, qualifier: 'more-than',
    period: '2022 to H1 2025', measure: 'cumulative investment in automotive and innovative businesses, converted at the stated rate',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['cumulative-investment-2022-2025h1', 'rmb-per-usd-derived'], text: 'investment in RMB ÷ RMB per US dollar' } },
    note: 'The tally covers cars and other new businesses, so it is not car spending alone.',
  },
  {
    id: 'pledge-share-spent-derived', label: 'Share of the dollar pledge already invested (derived)', unit: '%', digits: 0, qualifier: 'more-than',
    period: '2022 to H1 2025', measure: 'investment in cars and new businesses as a share of the USD 10 bn ten-year pledge',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['cumulative-investment-usd-derived', 'planned-investment-usd'], text: 'investment in US dollars ÷ the ten-year pledge × 100', percent: true } },
    note: 'At the stated exchange rate; the investment counts more than cars, and the pledge runs to 2031.',
  },
];
