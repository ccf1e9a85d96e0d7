/**
 * What Xiaomi aimed for and what it had to work with: the delivery targets for 2025 and 2026, the
 * purchase-tax change of 2026, and Lei Jun's answer to the safety doubts of November 2025.
 */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  // ---- Delivery targets ----
  {
    id: 'delivery-target-2025-initial', label: 'Original 2025 delivery target', value: 300_000, unit: 'cars',
    period: '2025', measure: 'delivery target before March 2025',
    sources: [{ source: 'business-standard-2025-03-18', quote: 'raised its target for electric vehicle deliveries this year to 350,000 from 300,000' }],
    status: { kind: 'single' },
  },
  {
    id: 'delivery-target-2025', label: '2025 delivery target', value: 350_000, unit: 'cars',
    period: '2025 (set 18 Mar 2025)', measure: 'delivery target',
    sources: [
      { source: 'business-standard-2025-03-18', quote: 'raised its target for electric vehicle deliveries this year to 350,000 from 300,000' },
      { source: 'doc-china-entrepreneur', quote: 'We are expected to reach the annual target of 350,000 delivered vehicles this week' },
    ],
    status: { kind: 'agreed' },
    note: 'Raised from 300,000 in March 2025. One page wrongly calls 350,000 a 2026 target.',
  },
  {
    id: 'delivery-target-2025-raised', label: '2025 goal after Q3 (media reports)', value: 400_000, unit: 'cars', qualifier: 'more-than',
    period: '2025 (Nov 2025)', measure: 'expected deliveries for 2025, as media reported it',
    sources: [{ source: 'capitalcircuit-2025-11', quote: 'expects to deliver more than 400,000 cars in 2025 (up from a prior 350,000 target)' }],
    status: {
      kind: 'differ',
      note: 'The higher goal comes from media reports, not from Xiaomi: after the Q3 results Lu Weibing still called 350,000 the annual target.',
      alternatives: [
        { value: 350_000, unit: 'cars', note: 'Xiaomi\'s own words, Nov 2025', sources: [{ source: 'doc-china-entrepreneur', quote: 'We are expected to reach the annual target of 350,000 delivered vehicles this week' }] },
      ],
    },
    note: 'Other media reported the goal as "raised to 400,000"; no Xiaomi statement of it was found.',
  },
  {
    id: 'delivery-target-2026', label: '2026 delivery target', value: 550_000, unit: 'cars',
    period: '2026', measure: 'delivery target',
    sources: [{ source: 'electrive-2026-01-05', quote: 'Xiaomi aims to deliver 550,000 vehicles this year' }],
    status: { kind: 'single' },
  },

  // ---- Purchase tax on new-energy cars ----
  {
    id: 'purchase-tax-cap-2025', label: 'Purchase-tax exemption cap', value: 30_000, unit: 'RMB', qualifier: 'at-most',
    period: 'to 31 Dec 2025', measure: 'maximum purchase-tax exemption per car (full exemption)',
    sources: [{ source: 'steelorbis-2025-12-29', quote: 'The maximum tax exemption per vehicle will be adjusted from RMB 30,000' }],
    status: { kind: 'single' },
    note: 'Until the end of 2025 new-energy cars were fully exempt from purchase tax, up to this amount; from 2026 the tax is halved, up to RMB 15,000.',
  },
  {
    id: 'purchase-tax-change-date', label: 'Purchase-tax exemption halved', value: '2026-01-01', unit: 'date',
    period: '1 Jan 2026', measure: 'date the NEV purchase-tax exemption became a 50% reduction',
    sources: [{ source: 'steelorbis-2025-12-29', quote: 'Starting from January 1, 2026, the purchase of new energy vehicles will change from full exemption of purchase tax to a 50 percent reduction' }],
    status: { kind: 'single' },
    note: 'The reduction runs to 31 Dec 2027.',
  },
  {
    id: 'purchase-tax-cap-2026', label: 'Purchase-tax reduction cap', value: 15_000, unit: 'RMB', qualifier: 'at-most',
    period: '2026–2027', measure: 'maximum purchase-tax reduction per car',
    sources: [
      { source: 'steelorbis-2025-12-29', quote: 'maximum tax reduction of RMB 15,000 ($2,134) per vehicle' },
      { source: 'doc-china-entrepreneur', quote: 'with a maximum amount of 15,000 yuan per vehicle' },
    ],
    status: { kind: 'agreed' },
    note: 'Until 2025 the exemption was full, capped at RMB 30,000.',
  },

  // ---- Public doubts ----
  {
    id: 'lei-jun-safety-posts-date', label: 'Lei Jun answers safety doubts on Weibo', value: '2025-11-16', unit: 'date',
    period: '16 Nov 2025', measure: 'date Lei Jun replied in a series of Weibo posts to doubts about the safety of Xiaomi cars',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'On November 16, Lei Jun published several consecutive microblogs to answer the doubts about the safety of Xiaomi cars' }],
    status: { kind: 'single' },
    note: 'He said a remark from an April 2024 interview ("appearance is the top priority") had been taken out of context.',
  },
];
