/**
 * Xiaomi as a whole, the backdrop to the car business: group revenue and how its segments share it
 * (FY2024), the group's growth and record profit in Q3 2025. The car segment's own results are in
 * quarterly-results.ts.
 */
import type { RawFact } from '@/lib/registry/schema';
import { RMB_BN, quarterly } from '@/lib/registry/quarterly';

const groupRevenue = quarterly({ id: 'group-revenue', label: 'Group revenue', ...RMB_BN, measure: 'Xiaomi group revenue' }, {
  'FY2024': {
    value: 365_900_000_000,
    sources: [
      { source: 'mobileworldlive-2025-03', quote: 'Total revenue increased 35 per cent year-on-year to CNY365.9 billion' },
      { source: 'doc-champagne', quote: "Xiaomi's total revenue for 2024 increased by 35.0% year-on-year to RMB 365.9 billion" },
    ],
  },
  'Q3 2025': {
    value: 113_100_000_000,
    sources: [
      { source: 'yicai-2025-11-19', quote: 'revenue rose 22 percent to CNY113.1 billion' },
      { source: 'doc-china-entrepreneur', quote: 'Xiaomi achieved a revenue of 113.1 billion yuan' },
    ],
  },
  'Q1 2026': {
    value: 99_100_000_000, sources: [{ source: 'progressiverobot-2026-05', quote: 'total corporate revenue of ninety nine point one billion renminbi' }],
    note: 'A single, weaker source (a blog summary).',
  },
});

export const facts: RawFact[] = [
  ...groupRevenue,
  {
    id: 'smartphone-revenue-2024fy', label: 'Smartphone revenue', value: 191_800_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'smartphones segment revenue',
    sources: [{ source: 'doc-champagne', quote: 'generating 191.8 billion yuan (accounting for 52.4%)' }],
    status: { kind: 'single' },
  },
  {
    id: 'smartphone-share-2024fy', label: 'Smartphones, share of revenue', value: 52.4, unit: '%', digits: 1,
    period: 'FY2024', measure: 'smartphones share of group revenue',
    sources: [{ source: 'doc-champagne', quote: 'generating 191.8 billion yuan (accounting for 52.4%)' }],
    status: { kind: 'single' },
  },
  {
    id: 'iot-revenue-2024fy', label: 'IoT revenue', value: 104_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'IoT and lifestyle products segment revenue',
    sources: [{ source: 'doc-champagne', quote: "this segment's revenue was 104.1 billion yuan (accounting for 28.4%)" }],
    status: { kind: 'single' },
  },
  {
    id: 'iot-share-2024fy', label: 'IoT, share of revenue', value: 28.4, unit: '%', digits: 1,
    period: 'FY2024', measure: 'IoT and lifestyle products share of group revenue',
    sources: [{ source: 'doc-champagne', quote: "this segment's revenue was 104.1 billion yuan (accounting for 28.4%)" }],
    status: { kind: 'single' },
  },
  {
    id: 'internet-revenue-2024fy', label: 'Internet services revenue', value: 34_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'internet services segment revenue',
    sources: [{ source: 'doc-champagne', quote: 'revenue reaching 34.1 billion yuan in 2024, accounting for about 10% of total revenue' }],
    status: { kind: 'single' },
  },
  {
    id: 'internet-share-2024fy', label: 'Internet services, share of revenue', value: 10, unit: '%', digits: 0, qualifier: 'about',
    period: 'FY2024', measure: 'internet services share of group revenue',
    sources: [{ source: 'doc-champagne', quote: 'accounting for about 10% of total revenue' }],
    status: { kind: 'single' },
  },
  {
    id: 'segment-share-2024fy', label: 'Smart EV segment, share of revenue', value: 9.0, unit: '%', digits: 1,
    period: 'FY2024', measure: 'smart EV segment share of group revenue',
    sources: [
      { source: 'lmsyx-2025-03', quote: '占小米集团整体营收的 9.0%' },
      { source: 'doc-champagne', quote: 'accounting for only 9% of total revenue' },
    ],
    status: {
      kind: 'differ',
      note: 'Both are right for their base: 9.0% uses the whole segment (32.8 bn), 8.8% uses EV-only revenue (32.1 bn), each against group revenue of 365.9 bn.',
      alternatives: [
        {
          value: 8.8, unit: '%',
          note: 'EV-only revenue 32.1 bn ÷ group revenue 365.9 bn',
          sources: [
            { source: 'cbgc-2025-03' },
            { source: 'mobileworldlive-2025-03', quote: 'Total revenue increased 35 per cent year-on-year to CNY365.9 billion' },
          ],
        },
      ],
    },
  },
  {
    id: 'group-revenue-growth-2025q3', label: 'Group revenue growth', value: 22.3, unit: '%', digits: 1,
    period: 'Q3 2025', measure: 'group revenue growth, year on year',
    sources: [
      { source: 'doc-china-entrepreneur', quote: 'representing a year - on - year increase of 22.3%' },
      { source: 'yicai-2025-11-19', quote: 'revenue rose 22 percent to CNY113.1 billion' },
    ],
    status: {
      kind: 'differ',
      note: 'EconoTimes writes "grew 2.3%", a typo for 22.3%.',
      alternatives: [{ value: 2.3, unit: '%', note: 'typo', sources: [{ source: 'econotimes-2025-11', quote: 'grew 2.3%' }] }],
    },
  },
  {
    id: 'group-adjusted-net-profit-2025q3', label: 'Group adjusted net profit', value: 11_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2025', measure: 'Xiaomi group adjusted net profit (all businesses)',
    sources: [
      { source: 'cjcn-2025-11', quote: '本季度,集团经调整净利润为人民币113亿元,创历史新高,同比增长80.9%' },
      { source: 'doc-china-entrepreneur', quote: 'The adjusted net profit was 11.3 billion yuan, a record high' },
    ],
    status: { kind: 'agreed' },
    note: 'A record for the group. It covers every business, phones and appliances included, so it is not the car segment\'s result.',
  },
];
