/**
 * The plan to sell cars in Europe: the target years (2030, then 2027), the statements that named
 * 2027, the first steps (a test car, the Munich centre) and the market Xiaomi would enter.
 */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  // ---- The target years the timeline runs to (the statements that named them follow) ----
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

  // ---- The statements, in order ----
  {
    id: 'europe-earlier-target-reported', label: 'Earlier Europe timeline (2030) reported', value: '2024-07', unit: 'date',
    period: 'Jul 2024', measure: 'date an earlier target of entering Europe by 2030 was reported',
    sources: [
      { source: 'diarioguardiao-2024-07', quote: 'entrar no mercado automóvel europeu até 2030' },
      { source: 'electrive-2024-07-29', quote: 'no immediate plans to sell cars overseas' },
    ],
    status: { kind: 'agreed' },
    note: 'Superseded by the 2027 plan.',
  },
  {
    id: 'overseas-2027-mwc', label: '2027 first named (MWC)', value: '2025-03', unit: 'date',
    period: 'Mar 2025', measure: 'date Xiaomi named 2027 for selling cars outside China, Europe probably first',
    sources: [{ source: 'autocar-news-2025-03', quote: 'will appear outside China in 2027 ... The first region of sales can be Europe' }],
    status: { kind: 'single' },
  },
  {
    id: 'overseas-2027-results-call', label: '2027 stated on the results call', value: '2025-03-18', unit: 'date',
    period: '18 Mar 2025', measure: 'date Lu Weibing said cars would ship overseas from 2027 (Q4 2024 results call)',
    sources: [{ source: 'business-standard-2025-03-18', quote: 'Lu said the company aimed to start shipping cars overseas in 2027' }],
    status: { kind: 'single' },
  },
  {
    id: 'overseas-2027-lei-jun', label: 'Lei Jun: overseas only from 2027', value: '2025-07-02', unit: 'date',
    period: '2 Jul 2025', measure: 'date Lei Jun said overseas sales would come only from 2027, domestic demand first',
    sources: [
      { source: 'theindependent-2025-07', quote: 'will only consider selling its electric vehicles ... outside China from 2027' },
      { source: 'shiftdelete-2025-07' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'europe-test-car-registered', label: 'First Europe-registered test car', value: '2025-07-05', unit: 'date',
    period: '5 Jul 2025', measure: 'date of the first Xiaomi test car registered in Europe (SU7 Ultra, German plates)',
    sources: [
      { source: 'vnnow-2025-08', quote: "Xiaomi's first test vehicle registered in Europe" },
      { source: 'shiftdelete-2025-07' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'europe-2027-q2-call', label: 'Europe first, by 2027 (Q2 results)', value: '2025-08', unit: 'date',
    period: 'Aug 2025', measure: 'date Xiaomi said Europe would be its first market, by 2027 (Q2 2025 results)',
    sources: [{ source: 'autospies-2025-08', quote: 'first plans to enter the European market by 2027' }],
    status: { kind: 'single' },
  },
  {
    id: 'munich-rd-centre', label: 'Munich R&D centre', value: '2025-09', unit: 'date',
    period: 'Sep 2025', measure: 'opening of the EV R&D and design centre in Munich (first outside China)',
    sources: [
      { source: 'benzinga-2025-09', quote: "prepares for 'its entry to the European Market in 2027'" },
      { source: 'autoexpress-2025-09' },
    ],
    status: { kind: 'agreed' },
    note: 'Reported on 25–26 Sep 2025.',
  },
  {
    id: 'europe-2027-q3-results', label: 'Europe 2027 reaffirmed', value: '2025-11-18', unit: 'date',
    period: '18 Nov 2025', measure: 'date the 2027 Europe plan was reaffirmed (Q3 2025 results)',
    sources: [
      { source: 'businesstimes-2025-11-18', quote: 'The company aims to start selling EVs in Europe in 2027.' },
      { source: 'doc-china-entrepreneur', quote: 'Lei Jun has clearly stated that 2027 will be the time for Xiaomi cars to go overseas' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'europe-germany-first-reported', label: 'Report that sales start in Germany only', value: '2026-01', unit: 'date',
    period: 'Jan 2026', measure: 'date of the report that European sales will begin in Germany alone',
    sources: [{ source: 'autogear-2026-01', quote: 'voraussichtlich erst 2027 beginnen wird – zunächst nur in Deutschland' }],
    status: { kind: 'single' },
    note: 'A single secondary source; Xiaomi has not confirmed it in anything found.',
  },

  // ---- Munich, and the German market as Xiaomi sees it ----
  {
    id: 'munich-ex-bmw-executives', label: 'Former BMW executives hired for Munich', value: 5, unit: 'count', qualifier: 'at-least',
    period: '2025', measure: 'former BMW executives recruited by Xiaomi',
    sources: [{ source: 'gaya-2025', quote: 'recruited at least five former BMW executives' }],
    status: { kind: 'single' },
    note: 'A single secondary source; not confirmed elsewhere.',
  },
  {
    id: 'german-brands-share-germany', label: 'German brands\' share in Germany', value: 50, unit: '%', digits: 0, qualifier: 'more-than',
    period: '2025', measure: 'market share of German car brands in Germany (as quoted by Lu Weibing)',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'The market share of German automobile brands is more than 50%' }],
    status: { kind: 'single' },
    note: 'Quoted by Lu Weibing in the source document; not checked further.',
  },
  {
    id: 'toyota-share-germany', label: 'Toyota\'s share in Germany', value: 3, unit: '%', digits: 0,
    period: '2025', measure: 'Toyota market share in Germany (as quoted by Lu Weibing)',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'Even Toyota, such a strong brand, only has a 3% market share in Germany' }],
    status: { kind: 'single' },
    note: 'Quoted by Lu Weibing in the source document; not checked further.',
  },
  {
    id: 'lu-weibing-germany-km', label: 'Km Lu Weibing drove on German highways', value: 800, unit: 'count', qualifier: 'nearly',
    period: 'Nov 2025', measure: 'kilometres driven in an SU7 and SU7 Ultra on German highways',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'he has driven the SU7 and the SU7 Ultra on German highways for nearly 800 kilometers himself' }],
    status: { kind: 'single' },
    note: 'The unit is kilometres ("nearly 800").',
  },
];
