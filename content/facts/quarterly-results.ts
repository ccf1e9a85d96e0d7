/**
 * The car segment's results, quarter by quarter (Q2 2024, the first quarter with deliveries, to
 * Q1 2026) and for the full years: deliveries, EV-only and segment revenue, gross margin, and the
 * segment result. Each measure is one table, one row a period, built by lib/registry/quarterly.ts
 * into facts with ids `<measure>-<period>` (deliveries-2024q2, gross-margin-2024fy). A row gives its
 * value and its sources with their quotes; `status` only where the sources differ (one source is
 * 'single', several that agree 'agreed'). Values are in base units; losses are negative.
 * Price and loss per car are in per-car.ts.
 */
import type { RawFact } from '@/lib/registry/schema';
import { RMB_BN, quarterly } from '@/lib/registry/quarterly';

const deliveries = quarterly({ id: 'deliveries', label: 'Deliveries', unit: 'cars', measure: 'EV deliveries' }, {
  'Q2 2024': {
    value: 27_307, sources: [{ source: 'cnevpost-2024-08-21', quote: 'a total of 27,307 units of the Xiaomi SU7 series were delivered' }],
    note: 'The 2024 quarters add up to 60 cars fewer than the full-year total; see FY2024 deliveries.',
  },
  'Q3 2024': {
    value: 39_790,
    sources: [
      { source: 'tmtpost-2024-11', quote: 'Deliveries for the third quarter totaled 39,790 vehicles' },
      { source: 'electrive-2025-11-21' },
    ],
    note: 'The 2024 quarters add up to 60 cars fewer than the full-year total; see FY2024 deliveries.',
  },
  'Q4 2024': {
    value: 69_697, sources: [{ source: 'vnnow-2025-08', quote: 'loss of CNY 700 million ... for 69,697 vehicles delivered' }],
    note: 'Another page gives "nearly 70,000"; FY2024 136,854 minus 67,157 delivered to 30 Sep 2024 also gives 69,697.',
  },
  'FY2024': {
    value: 136_854,
    sources: [
      { source: 'cbgc-2025-03', quote: '共交付了136,854辆小米SU7系列汽车' },
      { source: 'doc-champagne', quote: 'the automotive business delivered 136,800 vehicles throughout the year' },
    ],
    status: {
      kind: 'differ',
      note: 'The published quarters (27,307 + 39,790 + 69,697) add up to 136,794, 60 fewer. The total to 30 Sep 2024 (67,157) is also 60 more than Q2 + Q3, and 136,854 − 67,157 = 69,697 matches Q4, so the gap sits in the Q2/Q3 quarterly figures.',
      alternatives: [
        {
          value: 136_794, unit: 'cars',
          note: 'sum of the published quarterly figures',
          sources: [{ source: 'cnevpost-2024-08-21' }, { source: 'tmtpost-2024-11' }, { source: 'vnnow-2025-08' }],
        },
      ],
    },
  },
  'Q1 2025': {
    value: 75_869,
    sources: [
      { source: 'carnewschina-2025-05-28', quote: '75,869 SU7 series vehicles delivered during the quarter' },
      { source: 'reuters-daily8-2025-05-27', quote: 'delivering 75,869 SU7 sedans' },
    ],
  },
  'Q2 2025': {
    value: 81_302,
    sources: [
      { source: 'hk01-2025-08-19', quote: '交付新車達81,302輛' },
      { source: 'mitrade-2025-08-19' },
    ],
  },
  'Q3 2025': {
    value: 108_796,
    sources: [
      { source: 'yicai-2025-11-19', quote: 'Xiaomi Auto delivered 108,796 electric vehicles in the third quarter' },
      { source: 'doc-china-entrepreneur', quote: 'In the third quarter of 2025, 108,796 new Xiaomi cars were delivered' },
    ],
  },
  'FY2025': {
    value: 411_625, sources: [{ source: 'cnyes-2026-01', quote: '全年累計交付量達 41 萬 1625 輛' }],
    status: {
      kind: 'differ',
      note: 'The exact figure comes from a blogger cited by cnyes; Lei Jun said "more than 410,000". No official exact figure was found.',
      alternatives: [
        { value: 410_000, unit: 'cars', qualifier: 'more-than', sources: [{ source: 'electrive-2026-01-05', quote: 'more than 410,000 units delivered in 2025' }] },
      ],
    },
  },
  'Q1 2026': {
    value: 80_000, qualifier: 'more-than',
    sources: [{ source: 'progressiverobot-2026-05', quote: 'delivered more than eighty thousand units during the first quarter of twenty twenty six' }],
    note: 'A single, weaker source (a blog summary).',
  },
});

const evRevenue = quarterly({ id: 'ev-revenue', label: 'EV revenue', ...RMB_BN, measure: 'EV-only revenue' }, {
  'Q2 2024': {
    value: 6_200_000_000,
    sources: [
      { source: 'cnevpost-2024-08-21', quote: 'RMB 6.4 billion ... of which RMB 6.2 billion was generated from EVs' },
      { source: 'doc-loses-60000', quote: 'smart electric vehicles had revenue of 6.2 billion yuan' },
    ],
  },
  'Q3 2024': {
    value: 9_500_000_000,
    sources: [
      { source: 'tmtpost-2024-11', quote: 'RMB9.7 billion, including RMB9.5 billion from EV' },
      { source: 'cjcn-2025-11' },
    ],
  },
  'Q4 2024': {
    value: 16_300_000_000, sources: [{ source: 'mobileworldlive-2025-03', quote: 'Revenue from its smart EV initiative reached CNY16.3 billion' }],
    status: {
      kind: 'differ',
      note: 'No page quoting Xiaomi gives a clean EV-only figure for Q4 2024. 16.3 bn is worded "smart EV initiative"; the whole segment was 16.66 bn; the full-year EV revenue minus Q2 and Q3 gives about 16.4 bn.',
      alternatives: [
        {
          value: 16_660_000_000, unit: 'RMB',
          note: 'whole segment (EVs plus other new initiatives)',
          sources: [{ source: 'longbridge-2025-03', quote: 'Automotive & innovation business revenue: 16.66 billion yuan' }, { source: 'reportify-2025-03' }],
        },
        {
          value: 16_400_000_000, unit: 'RMB', qualifier: 'about',
          note: 'arithmetic: FY2024 EV revenue 32.1 bn − Q2 6.2 bn − Q3 9.5 bn (rounded inputs)',
          sources: [{ source: 'cbgc-2025-03' }, { source: 'cnevpost-2024-08-21' }, { source: 'tmtpost-2024-11' }],
        },
      ],
    },
  },
  'FY2024': {
    value: 32_100_000_000,
    sources: [
      { source: 'daily8-2025-03', quote: 'reported 32.1 billion yuan in revenue for its EV business in 2024' },
      { source: 'cbgc-2025-03' },
    ],
  },
  'Q1 2025': {
    value: 18_100_000_000,
    sources: [
      { source: 'carnewschina-2025-05-28', quote: 'Electric vehicle sales accounted for 18.1 billion yuan' },
      { source: 'reuters-daily8-2025-05-27', quote: "Xiaomi's EV business generated 18.1 billion yuan in revenue during the first quarter" },
    ],
  },
  'Q2 2025': {
    value: 20_600_000_000,
    sources: [
      { source: 'wedoany-2025-08', quote: '21.3 billion yuan in revenue, with smart EVs contributing 20.6 billion yuan' },
      { source: 'hk01-2025-08-19' },
    ],
    status: {
      kind: 'differ',
      note: 'TradingKey (on Mitrade) writes RMB 2.06 billion, a units slip for 20.6 bn.',
      alternatives: [
        {
          value: 2_060_000_000, unit: 'RMB',
          note: 'units error',
          sources: [{ source: 'mitrade-2025-08-19', quote: 'RMB 2.06 billion' }],
        },
      ],
    },
  },
  'Q3 2025': {
    value: 28_300_000_000,
    sources: [{ source: 'electrive-2025-11-21', quote: "28.3 billion yuan in revenue in Q3, out of the business unit's total revenue of 29.0 billion yuan" }],
  },
});

const segmentRevenue = quarterly({ id: 'segment-revenue', label: 'Segment revenue', ...RMB_BN, measure: 'segment revenue (smart EV and other new initiatives)' }, {
  'Q2 2024': {
    value: 6_400_000_000,
    sources: [
      { source: 'cnevpost-2024-08-21', quote: 'RMB 6.4 billion ... of which RMB 6.2 billion was generated from EVs' },
      { source: 'doc-loses-60000', quote: 'The revenue of innovative businesses such as smart electric vehicles was 6.4 billion yuan' },
    ],
  },
  'Q3 2024': {
    value: 9_700_000_000,
    sources: [
      { source: 'tmtpost-2024-11', quote: 'RMB9.7 billion, including RMB9.5 billion from EV' },
      { source: 'cjcn-2025-11' },
    ],
  },
  'Q4 2024': {
    value: 16_660_000_000,
    sources: [
      { source: 'longbridge-2025-03', quote: 'Automotive & innovation business revenue: 16.66 billion yuan' },
      { source: 'reportify-2025-03' },
    ],
    note: 'Exactly 16.66 bn, printed as 16.7 bn.',
  },
  'FY2024': {
    value: 32_800_000_000, label: 'Smart EV segment revenue',
    sources: [
      { source: 'ctol-2025-03', quote: 'Generated RMB 32.8 billion ($4.55 billion)' },
      { source: 'doc-champagne', quote: 'generated revenue of 32.8 billion yuan, accounting for only 9% of total revenue' },
      { source: 'longbridge-2025-03' },
    ],
    note: 'Some pages round it to 32.7 bn. EV-only revenue was 32.1 bn.',
  },
  'Q1 2025': {
    value: 18_600_000_000, measure: 'segment revenue (smart EV, AI and other new initiatives)',
    sources: [{ source: 'carnewschina-2025-05-28', quote: '18.6 billion yuan ... Electric vehicle sales accounted for 18.1 billion yuan' }],
  },
  'Q2 2025': {
    value: 21_300_000_000, measure: 'segment revenue (smart EV, AI and other new initiatives)',
    sources: [
      { source: 'wedoany-2025-08', quote: '21.3 billion yuan in revenue, with smart EVs contributing 20.6 billion yuan' },
      { source: 'hk01-2025-08-19' },
    ],
    note: 'One summary page writes "RMB 213 billion", a units slip.',
  },
  'Q3 2025': {
    value: 29_000_000_000, measure: 'segment revenue (smart EV, AI and other new initiatives)',
    sources: [{ source: 'electrive-2025-11-21', quote: "out of the business unit's total revenue of 29.0 billion yuan" }],
  },
});

const grossMargin = quarterly({ id: 'gross-margin', label: 'Gross margin', unit: '%', digits: 1, measure: 'segment gross margin' }, {
  'Q2 2024': {
    value: 15.4,
    sources: [
      { source: 'cnevpost-2024-08-21', quote: 'with a gross margin of 15.4 percent' },
      { source: 'asiafinancial-2024-08' },
      { source: 'doc-loses-60000', quote: 'with a gross profit margin of 15.4%' },
      { source: 'doc-9200-per-car', quote: 'a higher-than-expected gross profit margin of 15.4%' },
    ],
  },
  'Q3 2024': {
    value: 17.1,
    sources: [
      { source: 'yahoo-2024-11', quote: 'driven by a 17.1% gross profit margin' },
      { source: 'cjcn-2025-11', quote: '由2024年第三季度的17.1%上升' },
    ],
    status: {
      kind: 'differ',
      note: 'TMTPost gives 15.4% ("1.7 points up QoQ"), which is an error: 15.4% was the Q2 figure, and Xiaomi gave 17.1%.',
      alternatives: [
        {
          value: 15.4, unit: '%',
          note: 'error in the TMTPost report',
          sources: [{ source: 'tmtpost-2024-11', quote: '1.7 points up QoQ' }],
        },
      ],
    },
  },
  'Q4 2024': {
    value: 20.4,
    sources: [
      { source: 'reportify-2025-03' },
      { source: 'ctol-2025-03', quote: 'gross margin at 20.4%, exceeding expectations' },
      { source: 'lbkrs-2025-03', quote: 'gross margin of 20.4%, and an adjusted net loss of 700 million' },
      { source: 'doc-champagne', quote: 'in the fourth quarter, the gross margin for this business was 20.4%' },
    ],
  },
  'FY2024': { value: 18.5, sources: [{ source: 'cbgc-2025-03', quote: '创新业务分部毛利率为18.5%' }] },
  'Q1 2025': {
    value: 23.2,
    sources: [
      { source: 'carnewschina-2025-05-28', quote: 'reported a gross profit margin of 23.2% for the quarter' },
      { source: 'longport-2025-05' },
    ],
    note: 'LongPort gives 23.17%.',
  },
  'Q2 2025': {
    value: 26.4,
    sources: [
      { source: 'wedoany-2025-08', quote: 'The segment reported a 26.4% gross margin' },
      { source: 'hk01-2025-08-19' },
      { source: 'doc-last-battle', quote: "Xiaomi's automotive business achieved a gross margin of 26.4% in Q2" },
    ],
  },
  'Q3 2025': {
    value: 25.5,
    sources: [
      { source: 'yicai-2025-11-19', quote: 'with a gross profit margin of 25.5 percent' },
      { source: 'doc-china-entrepreneur', quote: 'has achieved a gross margin of 25.5%' },
    ],
    status: {
      kind: 'differ',
      note: 'Chinaz gives 18.7% and a 163.com piece 26.4% (the Q2 figure); both are wrong.',
      alternatives: [
        {
          value: 18.7, unit: '%',
          note: 'wrong; the same page also expects profit only in 2026',
          sources: [{ source: 'chinaz-2025-11', quote: '汽车业务毛利率稳定在18.7%' }],
        },
      ],
    },
  },
});

const segmentResult = quarterly({ id: 'segment-result', label: 'Segment result', ...RMB_BN, measure: 'adjusted net loss' }, {
  'Q2 2024': {
    value: -1_800_000_000,
    sources: [
      { source: 'ctol-2024-08', quote: 'net loss of ¥1.8 billion ($240 million) for the quarter' },
      { source: 'doc-loses-60000', quote: 'had an adjusted net loss of 1.8 billion yuan' },
    ],
    note: 'Segment: smart EV and other new initiatives. In US dollars the pages give $240m, $250m or $252m.',
  },
  'Q3 2024': {
    value: -1_500_000_000,
    sources: [
      { source: 'tmtpost-2024-11', quote: 'adjusted net loss of RMB1.5 billion, narrowing 16.7% QoQ' },
      { source: 'autojournal-2024-11' },
    ],
    status: {
      kind: 'differ',
      note: 'Same amount, different measure. The pages report an adjusted net loss; the source document calls it an operating loss and compares it with the 2025 operating losses, so its "1.5 bn to 0.3 bn" line joins two measures. No Q3 2024 segment operating loss was found.',
      alternatives: [
        {
          value: -1_500_000_000, unit: 'RMB',
          note: 'called "operating loss" in the source document',
          sources: [{ source: 'doc-last-battle', quote: 'decreased from 1.5 billion RMB in Q3 2024 to 300 million RMB in Q2 2025' }],
        },
      ],
    },
  },
  'Q4 2024': {
    value: -700_000_000,
    sources: [
      { source: 'lbkrs-2025-03', quote: 'gross margin of 20.4%, and an adjusted net loss of 700 million' },
      { source: 'reportify-2025-03' },
      { source: 'doc-champagne', quote: 'the adjusted net loss for smart electric vehicles and other innovative businesses was 700 million yuan' },
    ],
    status: {
      kind: 'differ',
      note: 'Reported in March 2025 as an adjusted net loss; the Q1 2025 comparison restates the same 0.7 bn as a segment operating loss, so it appears under both names. CTOL Digital\'s "RMB 7 billion" is a decimal slip.',
      alternatives: [
        {
          value: -700_000_000, unit: 'RMB',
          note: 'as segment operating loss (restated in the Q1 2025 comparison)',
          sources: [{ source: 'reportify-cn-2025-05', quote: '分部经营亏损5亿元,较上季7亿元有所改善' }],
        },
        {
          value: -7_000_000_000, unit: 'RMB',
          note: 'decimal error',
          sources: [{ source: 'ctol-2025-03', quote: 'net loss of RMB 7 billion ($970 million) in Q4' }],
        },
      ],
    },
  },
  'FY2024': {
    value: -6_200_000_000,
    sources: [
      { source: 'cbgc-2025-03', quote: '经调整净亏损人民币62亿元' },
      { source: 'doc-champagne', quote: 'the adjusted net loss for this business last year was 6.2 billion yuan' },
    ],
  },
  'Q1 2025': {
    value: -500_000_000, measure: 'segment operating loss',
    sources: [
      { source: 'carnewschina-2025-05-28', quote: 'with an operating loss of 500 million yuan' },
      { source: 'joinsdaily-2025-05-28' },
      { source: 'reportify-cn-2025-05', quote: '分部经营亏损5亿元' },
    ],
    status: {
      kind: 'differ',
      note: 'Same amount, different name: Xiaomi\'s text and most pages call it a segment operating loss; Reuters calls it an adjusted net loss.',
      alternatives: [
        {
          value: -500_000_000, unit: 'RMB',
          note: 'called "adjusted net loss" by Reuters',
          sources: [{ source: 'reuters-daily8-2025-05-27', quote: 'The adjusted net loss related to its EV and other new initiatives reached 0.5 billion yuan' }],
        },
      ],
    },
  },
  'Q2 2025': {
    value: -300_000_000, measure: 'segment operating loss',
    sources: [
      { source: 'wedoany-2025-08', quote: 'operating losses reduced to 300 million yuan' },
      { source: 'hk01-2025-08-19' },
      { source: 'doc-last-battle', quote: 'decreased from 1.5 billion RMB in Q3 2024 to 300 million RMB in Q2 2025' },
    ],
    note: 'One summary page writes "RMB 3 billion", a units slip.',
  },
  'Q3 2025': {
    value: 700_000_000, measure: 'segment operating profit',
    sources: [
      { source: 'yicai-2025-11-19', quote: 'reporting an operating profit of CNY700 million (USD98.5 million)' },
      { source: 'cjcn-2025-11' },
      { source: 'doc-china-entrepreneur', quote: 'with an operating result of 700 million yuan' },
    ],
    note: 'First profitable quarter. The segment includes AI and other new initiatives, so this is not an EV-only result.',
  },
  'Q1 2026': {
    value: -3_100_000_000, measure: 'segment result (innovative business segment)',
    sources: [{ source: 'chinadailybrief-2026-05', quote: 'pushing the innovative business segment back into a 3.1 billion RMB deficit' }],
    note: 'A single, weaker source that does not say which measure it uses; the same page says deliveries fell more than 44% from Q4 2025.',
  },
});

/** Figures that fit no table: a conversion, running totals, and arithmetic on the totals. */
const others: RawFact[] = [
  {
    id: 'segment-result-2024q2-usd', label: 'Segment result in US dollars', value: -252_000_000, unit: 'USD', scale: 'm', digits: 0,
    period: 'Q2 2024', measure: 'adjusted net loss, converted to USD',
    sources: [
      { source: 'helm-2024-08-22', quote: 'perda de US $ 252 milhões' },
      { source: 'doc-9200-per-car', quote: 'a significant loss of $252 million in the second quarter' },
    ],
    status: {
      kind: 'differ',
      note: 'The same RMB 1.8 bn loss converted at different rates or roundings.',
      alternatives: [
        { value: -250_000_000, unit: 'USD', sources: [{ source: 'asiafinancial-2024-08', quote: 'adjusted loss of $250 million' }] },
        { value: -240_000_000, unit: 'USD', sources: [{ source: 'ctol-2024-08', quote: 'net loss of ¥1.8 billion ($240 million) for the quarter' }] },
      ],
    },
  },
  {
    id: 'cumulative-deliveries-2024-09-30', label: 'Cumulative deliveries', value: 67_157, unit: 'cars',
    period: 'to 30 Sep 2024', measure: 'cumulative EV deliveries',
    sources: [{ source: 'yahoo-2024-11', quote: 'bringing total deliveries to 67,157 by September 30, 2024' }],
    status: { kind: 'single' },
    note: 'Q2 plus Q3 as published is 67,097, 60 fewer.',
  },
  {
    id: 'deliveries-2025-9m', label: 'Deliveries, first nine months', value: 265_967, unit: 'cars',
    period: 'Q1–Q3 2025', measure: 'cumulative EV deliveries',
    sources: [{ source: 'chinaz-2025-11', quote: '前三季度,小米汽车累计交付量达265,967辆' }],
    status: { kind: 'single' },
    note: 'Equals the three quarterly figures added up. The same page gives a wrong margin.',
  },
  {
    id: 'deliveries-2025q4-derived', label: 'Deliveries (derived)', unit: 'cars', qualifier: 'about',
    period: 'Q4 2025', measure: 'EV deliveries (FY2025 minus first nine months)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'subtract', inputs: ['deliveries-2025fy', 'deliveries-2025-9m'], text: 'FY2025 deliveries − deliveries in Q1–Q3 2025' } },
    note: 'No page gives a Q4 2025 figure; the full-year input is a blogger\'s count.',
  },
  {
    id: 'deliveries-2026q1-change', label: 'Fall in deliveries from Q4 2025', value: 44, unit: '%', digits: 0, qualifier: 'more-than',
    period: 'Q1 2026', measure: 'fall in quarterly EV deliveries from the quarter before',
    sources: [{ source: 'chinadailybrief-2026-05', quote: 'Quarterly deliveries fell by over 44% compared to the previous quarter' }],
    status: { kind: 'single' },
    note: 'A single, weaker source (a news summary). It roughly matches the derived Q4 2025 figure and the more than 80,000 cars reported for Q1 2026.',
  },
];

export const facts: RawFact[] = [...deliveries, ...evRevenue, ...segmentRevenue, ...grossMargin, ...segmentResult, ...others];
