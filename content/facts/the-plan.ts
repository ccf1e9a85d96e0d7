/**
 * The 2021 plan and the money behind it: the announcement, the pledge (and how much of it was
 * spent by mid-2025), the early autonomous-driving decisions and the group's R&D budgets.
 * Values are in base units (RMB, not RMB bn); losses are negative.
 */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  {
    id: 'ev-business-announced', label: 'EV business announced', value: '2021-03-30', unit: 'date',
    period: '30 Mar 2021', measure: 'date Xiaomi announced its smart EV business',
    sources: [
      { source: 'cna-2021-03-30', quote: 'initially invest 10 billion yuan ... total investment goal of US$10 billion over the next ten years' },
      { source: 'evertiq-2021-03', quote: 'this will be the final major entrepreneurial project of my life' },
    ],
    status: { kind: 'agreed' },
    note: 'Announced as a wholly-owned subsidiary with Lei Jun as CEO (one outlet wrongly called him Chief Operating Officer).',
  },
  {
    id: 'initial-investment', label: 'Initial investment', value: 10_000_000_000, unit: 'RMB', scale: 'bn', digits: 0,
    period: '30 Mar 2021', measure: 'initial investment in the EV subsidiary',
    sources: [
      { source: 'cna-2021-03-30', quote: 'initially invest 10 billion yuan' },
      { source: 'doc-last-battle', quote: 'a wholly-owned subsidiary for car manufacturing with an initial investment of 10 billion RMB' },
    ],
    status: { kind: 'agreed' },
    note: 'This was the first phase; one outlet (Moneycontrol) wrongly called it the eventual investment.',
  },
  {
    id: 'planned-investment-usd', label: 'Planned investment', value: 10_000_000_000, unit: 'USD', scale: 'bn', digits: 0,
    period: 'Ten years from 2021', measure: 'planned total investment over ten years',
    sources: [
      { source: 'cna-2021-03-30', quote: 'total investment goal of US$10 billion over the next ten years' },
      { source: 'doc-last-battle', quote: 'planning to invest 10 billion USD over ten years' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'plan-years', label: 'Length of the plan', value: 10, unit: 'years', digits: 0,
    period: '30 Mar 2021', measure: 'period of the planned USD 10 bn investment',
    sources: [
      { source: 'cna-2021-03-30', quote: 'total investment goal of US$10 billion over the next ten years' },
      { source: 'doc-last-battle', quote: 'planning to invest 10 billion USD over ten years' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'deepmotion-acquisition', label: 'DeepMotion acquisition', value: 77_370_000, unit: 'USD', scale: 'm', digits: 2, qualifier: 'about',
    period: 'Aug 2021', measure: 'price paid for autonomous-driving company DeepMotion',
    sources: [{ source: 'pingwest-2021-08', quote: 'acquired autonomous driving company Deepmotion, for around 77.37 million USD' }],
    status: { kind: 'single' },
  },
  {
    id: 'autonomous-driving-investment', label: 'Autonomous-driving R&D', value: 3_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: '11 Aug 2022', measure: 'first-phase investment in autonomous-driving R&D',
    sources: [
      { source: 'digitimes-2022-08-12', quote: 'invest RMB 3.3 billion ($490 million) in research and development for the first phase' },
      { source: 'autotech-2022-08' },
    ],
    status: {
      kind: 'differ',
      note: 'The amount agrees, the date does not: the pages date it to Lei Jun\'s speech of 11 Aug 2022, while the source document lists it among the strategic decisions that followed the March 2021 plan.',
      alternatives: [
        {
          value: 3_300_000_000, unit: 'RMB',
          note: 'listed with the 2021 decisions, no date given',
          sources: [{ source: 'doc-last-battle', quote: 'A significant investment of 3.3 billion RMB is planned for research and development in autonomous driving' }],
        },
      ],
    },
    note: 'The first phase also covered more than 500 staff and 140 test cars.',
  },
  {
    id: 'autonomous-driving-announced', label: 'Autonomous-driving plan announced', value: '2022-08-11', unit: 'date',
    period: '11 Aug 2022', measure: 'date of the RMB 3.3 bn autonomous-driving announcement',
    sources: [
      { source: 'digitimes-2022-08-12', quote: 'invest RMB 3.3 billion ($490 million) in research and development for the first phase' },
      { source: 'autotech-2022-08' },
    ],
    status: { kind: 'agreed' },
    note: 'One source document places this among the 2021 decisions; see the autonomous-driving investment.',
  },
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
  {
    id: 'cumulative-investment-2022-2025h1', label: 'Invested in cars and new businesses', value: 30_000_000_000, unit: 'RMB', scale: 'bn', digits: 0, qualifier: 'more-than',
    period: '2022 to H1 2025', measure: 'cumulative investment in automotive and innovative businesses',
    sources: [{ source: 'reportify-2025-08', quote: 'invested over RMB 30 billion in automotive and innovative businesses from 2022 to the first half of 2025' }],
    status: { kind: 'single' },
  },
  {
    id: 'rd-spend-2024', label: 'R&D spending', value: 24_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'group R&D expenditure',
    sources: [{ source: 'doc-champagne', quote: "In 2024, Xiaomi's total R&D expenditure was 24.1 billion yuan" }],
    status: { kind: 'single' },
  },
  {
    id: 'rd-budget-2025', label: 'R&D budget', value: 30_000_000_000, unit: 'RMB', scale: 'bn', digits: 0,
    period: '2025 (planned)', measure: 'planned group R&D investment',
    sources: [{ source: 'doc-champagne', quote: 'In 2025, Xiaomi stated that R&D investment would reach 30 billion yuan' }],
    status: { kind: 'single' },
  },
  {
    id: 'ai-rd-budget-2025', label: 'AI share of R&D budget', value: 7_500_000_000, unit: 'RMB', scale: 'bn', digits: 1, qualifier: 'about',
    period: '2025 (planned)', measure: 'planned R&D investment in AI (a quarter of the R&D budget)',
    sources: [{ source: 'doc-champagne', quote: 'a quarter (about 7.5 billion yuan) allocated to the AI field' }],
    status: { kind: 'single' },
  },

  // ---- Pledge against spend: the 2021 pledge in yuan at a stated rate, and the share already spent ----
  {
    id: 'usd-cny-rate-2025-08', label: 'Yuan per US dollar', value: 7.1798, unit: 'RMB', digits: 2,
    period: '20 Aug 2025', measure: 'exchange rate Reuters used with Xiaomi\'s H1 2025 results',
    sources: [{ source: 'reuters-daily8-2025-08-20', quote: '($1 = 7.1798 Chinese yuan renminbi)' }],
    status: { kind: 'single' },
    note: 'Printed to two decimals; the derived pledge in yuan uses the full 7.1798. The rate of the week the spending to mid-2025 was reported; other dates give other rates.',
  },
  {
    id: 'planned-investment-rmb-2025-rate', label: 'Pledge in yuan (derived)', unit: 'RMB', scale: 'bn', digits: 1, qualifier: 'about',
    period: '2021 pledge, at the Aug 2025 rate', measure: 'the US$10 bn pledge converted into yuan',
    sources: [],
    status: { kind: 'derived', formula: { op: 'multiply', inputs: ['planned-investment-usd', 'usd-cny-rate-2025-08'], text: 'pledge in US dollars × yuan per US dollar (Aug 2025)' } },
  },
  {
    id: 'investment-share-of-pledge', label: 'Share of the pledge spent (derived)', unit: '%', digits: 0, roundTo: 10, qualifier: 'more-than',
    period: '2022 to H1 2025', measure: 'spending on cars and new businesses as a share of the pledge in yuan',
    sources: [],
    status: { kind: 'derived', formula: { op: 'percent', inputs: ['cumulative-investment-2022-2025h1', 'planned-investment-rmb-2025-rate'], text: 'spent 2022 to H1 2025 ÷ pledge in yuan × 100' } },
    note: 'Rounded down to a tenth: the spending is "more than" RMB 30 bn, and it covers new businesses as well as cars.',
  },
];
