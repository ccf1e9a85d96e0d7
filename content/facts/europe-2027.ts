/** Facts used only by the "europe-2027" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  // The two target years the timeline runs to. core.ts holds the dates of the statements;
  // these are the years the statements named, so the chart can draw them from the registry.
  {
    id: 'europe-target-year-earlier', label: 'Earlier target year for Europe', value: '2030', unit: 'date',
    period: 'Jul 2024', measure: 'year by which Xiaomi was reported to aim to enter the European car market',
    sources: [{ source: 'diarioguardiao-2024-07', quote: 'entrar no mercado automóvel europeu até 2030' }],
    status: { kind: 'single' },
    note: 'Reported in July 2024, when Xiaomi also said it had no immediate plans to sell cars overseas; superseded by 2027.',
  },
  {
    id: 'europe-target-year', label: 'Target year for Europe', value: '2027', unit: 'date',
    period: 'Mar–Nov 2025', measure: 'year Xiaomi plans to start selling cars in Europe',
    sources: [
      { source: 'businesstimes-2025-11-18', quote: 'The company aims to start selling EVs in Europe in 2027.' },
      { source: 'autospies-2025-08', quote: 'first plans to enter the European market by 2027' },
      { source: 'benzinga-2025-09', quote: "prepares for 'its entry to the European Market in 2027'" },
      { source: 'doc-china-entrepreneur', quote: 'Lei Jun has clearly stated that 2027 will be the time for Xiaomi cars to go overseas' },
    ],
    status: { kind: 'agreed' },
    note: 'A target year, not a date: no month has been given. First named in March 2025 and repeated at every results call since.',
  },
  // Pledge against spend: the 2021 pledge in yuan at a stated rate, and the share already spent.
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
  // Two claims that rest on one secondary source each: in the registry so the chapter can cite them.
  {
    id: 'munich-ex-bmw-executives', label: 'Former BMW executives hired for Munich', value: 5, unit: 'count', qualifier: 'at-least',
    period: '2025', measure: 'former BMW executives recruited by Xiaomi',
    sources: [{ source: 'gaya-2025', quote: 'recruited at least five former BMW executives' }],
    status: { kind: 'single' },
    note: 'A single secondary source; not confirmed elsewhere.',
  },
  {
    id: 'europe-germany-first-reported', label: 'Report that sales start in Germany only', value: '2026-01', unit: 'date',
    period: 'Jan 2026', measure: 'date of the report that European sales will begin in Germany alone',
    sources: [{ source: 'autogear-2026-01', quote: 'voraussichtlich erst 2027 beginnen wird – zunächst nur in Deutschland' }],
    status: { kind: 'single' },
    note: 'A single secondary source; Xiaomi has not confirmed it in anything found.',
  },
];
