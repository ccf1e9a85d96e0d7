/**
 * Price and loss per car: the average selling price, the loss (or profit) per car as the pages
 * report it, and the same divided by us from the segment result and deliveries in
 * quarterly-results.ts. Tables as there: one row a period, ids `<measure>-<period>`.
 */
import type { RawFact } from '@/lib/registry/schema';
import { quarterly, quarterlyDerived } from '@/lib/registry/quarterly';

const averageSellingPrice = quarterly({ id: 'asp', label: 'Average selling price', unit: 'RMB', measure: 'EV average selling price per car' }, {
  'Q2 2024': {
    value: 228_644,
    sources: [
      { source: 'hotscup-2024-08', quote: 'average selling price of 228,644 yuan ($32,058) per vehicle' },
      { source: 'hk01-2025-08-19', quote: 'ASP由2024年第二季度的每輛228,644元' },
    ],
  },
  'Q3 2024': {
    value: 238_650,
    sources: [
      { source: 'tmtpost-2024-11', quote: '(ASP) of SU7 series was RMB238,650 per unit' },
      { source: 'electrive-2025-11-21', quote: 'from 238,650 yuan per unit to 260,053 yuan' },
    ],
  },
  'FY2024': {
    value: 234_479, sources: [{ source: 'cbgc-2025-03', quote: 'ASP(平均销售价格)为每辆234,479元' }],
    note: 'No separate Q4 2024 figure was found; Xiaomi compared Q1 2025 with this full-year figure.',
  },
  'Q1 2025': {
    value: 238_301,
    sources: [
      { source: 'infonowcast-2025-05', quote: 'increased slightly to 238,301 yuan per unit' },
      { source: 'reportify-cn-2025-05', quote: 'ASP为每辆23.83万元,较2024年上升1.63%' },
    ],
  },
  'Q2 2025': {
    value: 253_662,
    sources: [
      { source: 'hk01-2025-08-19', quote: 'ASP由2024年第二季度的每輛228,644元,上升10.9%至次季每輛253,662元,主要是由於交付ASP較高的Xiaomi SU7 Ultra所致' },
      { source: 'vnnow-2025-08' },
    ],
    note: 'Xiaomi put the rise from Q2 2024 down mainly to deliveries of the dearer SU7 Ultra.',
  },
  'Q3 2025': {
    value: 260_053,
    sources: [
      { source: 'electrive-2025-11-21', quote: 'from 238,650 yuan per unit to 260,053 yuan' },
      { source: 'am730-2025-11-19', quote: '智能電動汽車的ASP亦上升9%，至每輛約26萬元，主要由於交付ASP較高的Xiaomi SU7 Ultra及Xiaomi YU7系列所致' },
    ],
    note: 'Xiaomi put the rise down mainly to deliveries of the dearer SU7 Ultra and YU7. A source document rounds it to "around 260,000 yuan".',
  },
});

/** As the pages give it: their own division, rounded their way. */
const reported = quarterly({
  id: 'per-car-reported', label: 'Loss per car (reported)', unit: 'RMB',
  measure: 'loss per car as reported (adjusted net loss ÷ deliveries)',
}, {
  'Q2 2024': {
    value: -60_000, qualifier: 'more-than',
    sources: [
      { source: 'ctol-2024-08', quote: 'loss of more than ¥60,000 per vehicle' },
      { source: 'doc-loses-60000', quote: "Xiaomi Auto's loss per vehicle exceeds 60,000 yuan" },
    ],
    status: {
      kind: 'differ',
      note: 'Pages give "more than RMB 60,000" (USD 8,400) or USD 9,200 per car; the two dollar figures divide different dollar totals for the same loss (USD 240 m and USD 252 m). One source document says RMB 66,000, which no web page gives; RMB 1.8 bn ÷ 27,307 cars is about RMB 65,900 (derived).',
      alternatives: [
        {
          value: -9_200, unit: 'USD',
          sources: [
            { source: 'helm-2024-08-22', quote: 'perda média de US $ 9.200 para cada carro' },
            { source: 'doc-9200-per-car', quote: "it's losing $9,200 per car with its electric vehicles" },
          ],
        },
        {
          value: -8_400, unit: 'USD',
          note: 'CTOL Digital\'s dollar conversion of the RMB 60,000',
          sources: [{ source: 'ctol-2024-08' }],
        },
        {
          value: -66_000, unit: 'RMB',
          note: 'source document only; matches the derived 65,900 rounded',
          sources: [{ source: 'doc-champagne', quote: 'the 66,000 yuan loss in the second quarter' }],
        },
      ],
    },
  },
  'Q4 2024': {
    value: -10_043, qualifier: 'about', sources: [{ source: 'vnnow-2025-08', quote: 'or about CNY 10,043 (USD 1,376) per vehicle' }],
    note: 'A source document rounds it to "about 10,000 yuan". No page gives a Q3 2024 figure.',
  },
  'FY2024': { value: -45_300, qualifier: 'about', sources: [{ source: 'cbgc-2025-03', quote: '平均每卖一台车亏损4.53万元' }] },
  'Q1 2025': {
    value: -6_500, qualifier: 'about', measure: 'loss per car as reported (segment operating loss ÷ deliveries)',
    sources: [{ source: 'carnewschina-2025-05-28', quote: 'average loss of 6,500 yuan (903 USD) per vehicle' }],
    status: {
      kind: 'differ',
      note: 'Rounding: 0.5 bn ÷ 75,869 cars is about 6,590; pages round to 6,500 or 6,600.',
      alternatives: [{ value: -6_600, unit: 'RMB', qualifier: 'about', sources: [{ source: 'vnnow-2025-08' }] }],
    },
  },
  'Q2 2025': {
    value: -3_700, qualifier: 'about', measure: 'loss per car as reported (segment operating loss ÷ deliveries)',
    sources: [{ source: 'vnnow-2025-08', quote: 'average operating loss of approximately CNY 3,700 (USD 507) per vehicle' }],
  },
  'Q3 2025': {
    value: 6_434, label: 'Profit per car (reported)', measure: 'profit per car as reported (segment operating profit ÷ deliveries)',
    sources: [{ source: 'reportify-2025-11', quote: 'averaging a net profit of 6,434 yuan per vehicle sold' }],
    note: 'The page calls it net profit; it equals the segment operating profit of RMB 0.7 bn ÷ 108,796 cars.',
  },
});

/** Our division: segment result ÷ deliveries of the same period, rounded to RMB 100. */
const derived = quarterlyDerived({
  id: 'per-car-derived', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
  measure: 'segment result ÷ deliveries (adjusted net loss)',
  formula: { op: 'divide', inputs: ['segment-result', 'deliveries'], text: 'segment result ÷ deliveries' },
}, {
  'Q2 2024': { note: 'Includes the costs of the whole segment, not only the cars.' },
  'Q3 2024': { note: 'No page gives a per-car figure for this quarter.' },
  'Q4 2024': {},
  'Q1 2025': {
    measure: 'segment result ÷ deliveries (segment operating loss)',
    note: 'From 2025 the segment includes AI, and the measure is the operating result, not the adjusted net result.',
  },
  'Q2 2025': { measure: 'segment result ÷ deliveries (segment operating loss)' },
  'Q3 2025': { label: 'Profit per car (derived)', measure: 'segment result ÷ deliveries (segment operating profit)' },
});

export const facts: RawFact[] = [
  ...averageSellingPrice,
  ...reported,
  ...derived,
  {
    id: 'per-car-derived-2024fy', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'FY2024', measure: 'segment result ÷ deliveries (adjusted net loss), for the whole year',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2024fy', 'deliveries-2024fy'], text: 'segment result for the year ÷ deliveries for the year' } },
    note: 'Our division, like the quarterly ones; a Chinese page printed the same figure (RMB 45,300).',
  },
];
