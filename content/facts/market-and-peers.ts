/**
 * How the market and the rivals measure Xiaomi's car business: the share price around the YU7
 * launch and the Q3 2025 results, and how long Tesla, Li Auto, Leapmotor, NIO and XPeng took to
 * their first profitable quarter, against Xiaomi.
 */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  // ---- Share price (Hong Kong) ----
  {
    id: 'share-price-peak', label: 'Share price peak', value: 61.45, unit: 'HKD', digits: 2,
    period: '27 Jun 2025', measure: 'record intraday share price (Hong Kong)',
    sources: [
      { source: 'cerus-2025-06', quote: 'surged 8 % at one point—hitting a record HK$61.45' },
      { source: 'doc-china-entrepreneur', quote: 'Compared with the peak of HK$61.45 on June 27' },
    ],
    status: { kind: 'agreed' },
    note: 'An intraday high the day after the YU7 launch, not a closing price.',
  },
  {
    id: 'share-price-2025-11-19', label: 'Share price after Q3 results', value: 38.86, unit: 'HKD', digits: 2,
    period: '19 Nov 2025', measure: 'closing share price (Hong Kong)',
    sources: [{ source: 'yicai-2025-11-19', quote: 'closed down 4.7 percent at HKD38.86' }],
    status: {
      kind: 'differ',
      note: 'Yicai gives the close as HK$38.86 and EconoTimes HK$38.88; the source document\'s HK$39.14 was an intraday price at the time of writing.',
      alternatives: [
        { value: 38.88, unit: 'HKD', sources: [{ source: 'econotimes-2025-11' }] },
        {
          value: 39.14, unit: 'HKD',
          note: 'intraday, down 4.02% at the time of writing',
          sources: [{ source: 'doc-china-entrepreneur', quote: 'had fallen by 4.02% and was at HK$39.14' }],
        },
      ],
    },
  },
  {
    id: 'share-price-fall-from-peak', label: 'Fall from the peak', value: 30, unit: '%', digits: 0, qualifier: 'more-than',
    period: '27 Jun to 19 Nov 2025', measure: 'share price fall from the June 2025 peak',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'Compared with the peak of HK$61.45 on June 27, the stock price has already fallen by more than 30%' }],
    status: { kind: 'single' },
    note: 'From HK$61.45 to the HK$38.86 close is a fall of about 37%.',
  },

  // ---- Peers: years from founding to first profitable quarter ----
  {
    id: 'years-to-profit-tesla', label: 'Tesla', value: 10, unit: 'years', digits: 0, qualifier: 'about',
    period: '2003 to Q1 2013', measure: 'net income',
    sources: [
      { source: 'hispanicbusiness-2013-05-08', quote: 'first quarterly profit in its ten-year history' },
      { source: 'businesswire-2009-08-07', quote: 'approximately $1 million of earnings on revenue of $20 million' },
    ],
    status: { kind: 'single' },
    note: 'Founded 2003; first quarterly net profit in Q1 2013 (USD 11.25m). As a private company it had a first profitable month in July 2009 (about USD 1m).',
  },
  {
    id: 'years-to-profit-li-auto', label: 'Li Auto', value: 5, unit: 'years', digits: 0, qualifier: 'about',
    period: '2015 to Q4 2020', measure: 'net income',
    sources: [
      { source: 'stocktitan-2021-03', quote: 'Net income was RMB107.5 million, reversing a Q3 loss' },
      { source: 'sec-li-auto-2021' },
    ],
    status: { kind: 'single' },
    note: 'Founded 2015; first quarterly net income in Q4 2020 (RMB 107.5m), about a year after Li ONE deliveries began, though FY2020 was still a net loss. A source document says Li Auto took "more than seven years", which depends on the measure.',
  },
  {
    id: 'years-to-profit-leapmotor', label: 'Leapmotor', value: 9, unit: 'years', digits: 0, qualifier: 'about',
    period: '2015 to Q4 2024', measure: 'net profit',
    sources: [
      { source: '36kr-2025-leapmotor', quote: 'After turning a profit in the fourth quarter of last year' },
      { source: '36kr-2025-12-30', quote: 'On December 24th, Leapmotor celebrated its tenth anniversary' },
      { source: 'reportify-2025-08-leapmotor' },
    ],
    status: { kind: 'single' },
    note: 'Founded Dec 2015; first quarterly net profit in Q4 2024, first half-year profit in H1 2025 (RMB 0.03 bn attributable, 0.33 bn adjusted).',
  },
  {
    id: 'years-to-profit-nio', label: 'NIO', value: 11, unit: 'years', digits: 0, qualifier: 'about',
    period: 'Nov 2014 to Q4 2025', measure: 'adjusted operating profit (non-GAAP)',
    sources: [
      { source: 'globenewswire-2026-03-10', quote: 'Quarterly Adjusted Profit From Operations (non-GAAP) Reached RMB1,251.3 Million' },
      { source: 'asiaict-2026-03', quote: 'first quarterly profit in 11 years' },
      { source: 'finanznachrichten-2026-02' },
    ],
    status: { kind: 'single' },
    note: 'Founded Nov 2014; first quarterly profit in Q4 2025 (adjusted operating profit RMB 1,251.3m, above the RMB 700m to 1.2bn of its profit alert).',
  },
  {
    id: 'years-to-profit-xpeng', label: 'XPeng', value: 11, unit: 'years', digits: 0, qualifier: 'about',
    period: '2014 to Q4 2025', measure: 'net profit',
    sources: [
      { source: 'laoyaoba-2026-03', quote: '2025年第四季度更是实现3.8亿元净利润' },
      { source: 'ft-xpeng-2026-05-28' },
    ],
    status: { kind: 'single' },
    note: 'Founded 2014; net profit of RMB 0.38 bn in Q4 2025, then a net loss of RMB 1.78 bn in Q1 2026. A source document dates its first profit to Q3 2025, which was a loss of the same size.',
  },
  {
    id: 'years-to-profit-xiaomi', label: 'Xiaomi', value: 4.5, unit: 'years', digits: 1, qualifier: 'about',
    period: '30 Mar 2021 to Q3 2025', measure: 'segment operating profit (includes AI)',
    sources: [
      { source: 'electrive-2025-11-21', quote: 'reached profitability approximately 19 months after the launch' },
      { source: 'cna-2021-03-30', quote: 'initially invest 10 billion yuan' },
    ],
    status: { kind: 'single' },
    note: 'Counted from the EV business announcement (30 Mar 2021) to Q3 2025 (RMB 0.7 bn); about 19 months from the SU7 launch.',
  },
  {
    id: 'years-to-profit-doc-claim', label: 'Li Auto and Leapmotor, years to profit (source document)', value: 7, unit: 'years', digits: 0,
    qualifier: 'more-than',
    period: 'as of Nov 2025', measure: 'years Li Auto and Leapmotor needed to reach a profit, as a source document puts it',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'Li Auto and Leapmotor only managed to achieve a monthly profit after more than seven years' }],
    status: { kind: 'single' },
    note: 'The document gives no measure or dates. The pages give about 5 years for Li Auto (first quarterly net income, Q4 2020) and about 9 for Leapmotor (first quarterly net profit, Q4 2024), so the claim fits Leapmotor but not Li Auto\'s first profitable quarter.',
  },
  {
    id: 'months-to-profit-xiaomi', label: 'Months from SU7 launch to profit', value: 19, unit: 'months', qualifier: 'about',
    period: 'Mar 2024 to Q3 2025', measure: 'months from SU7 launch to first segment operating profit',
    sources: [{ source: 'electrive-2025-11-21', quote: 'reached profitability approximately 19 months after the launch' }],
    status: { kind: 'single' },
  },

  // ---- Like for like: months from first deliveries to the first profitable quarter ----
  {
    id: 'li-auto-first-deliveries', label: 'First Li ONE deliveries', value: '2019-12', unit: 'date',
    period: 'Dec 2019', measure: 'month Li Auto began delivering its first car, the Li ONE',
    sources: [
      { source: 'aristoday-2020-10', quote: 'delivered more than 20,000 Li ONE SUVs in the past ten months' },
      { source: 'benzinga-2022-02-01', quote: 'Li One is the company\'s first model and it went on sale in November 2019' },
    ],
    status: { kind: 'agreed' },
    note: 'On sale from November 2019; ten months of deliveries counted back from 18 October 2020 put the first deliveries in December 2019.',
  },
  {
    id: 'months-deliveries-to-profit-li-auto', label: 'Li Auto: months from first deliveries to profit', value: 12, unit: 'months', qualifier: 'about',
    period: 'Dec 2019 to Q4 2020', measure: 'months from the first deliveries to the end of the first quarter with net income (our count)',
    sources: [
      { source: 'aristoday-2020-10', quote: 'delivered more than 20,000 Li ONE SUVs in the past ten months' },
      { source: 'stocktitan-2021-03', quote: 'Net income was RMB107.5 million, reversing a Q3 loss' },
    ],
    status: { kind: 'agreed' },
    note: 'Counted by us from the two dates: first Li ONE deliveries in December 2019, first quarterly net income in Q4 2020 (to 31 December 2020).',
  },
  {
    id: 'months-deliveries-to-profit-xiaomi', label: 'Xiaomi: months from first deliveries to profit', value: 18, unit: 'months', qualifier: 'about',
    period: 'Apr 2024 to Q3 2025', measure: 'months from the first deliveries to the end of the first quarter with a segment operating profit (our count)',
    sources: [
      { source: 'hotscup-2024-04', quote: 'commenced deliveries of its limited batch of 5,000 vehicles on April 3' },
      { source: 'yicai-2025-11-19', quote: 'reporting an operating profit of CNY700 million' },
    ],
    status: { kind: 'agreed' },
    note: 'Counted by us from the two dates: first SU7 deliveries on 3 April 2024, first segment operating profit in Q3 2025 (to 30 September 2025). The measures differ: net income for Li Auto, a segment operating profit (segment includes AI) for Xiaomi.',
  },
];
