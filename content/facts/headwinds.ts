/** Facts used only by the "headwinds" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  {
    id: 'lei-jun-safety-posts-date', label: 'Lei Jun answers safety doubts on Weibo', value: '2025-11-16', unit: 'date',
    period: '16 Nov 2025', measure: 'date Lei Jun replied in a series of Weibo posts to doubts about the safety of Xiaomi cars',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'On November 16, Lei Jun published several consecutive microblogs to answer the doubts about the safety of Xiaomi cars' }],
    status: { kind: 'single' },
    note: 'He said a remark from an April 2024 interview ("appearance is the top priority") had been taken out of context.',
  },
  {
    id: 'purchase-tax-cap-2025', label: 'Purchase-tax exemption cap', value: 30_000, unit: 'RMB', qualifier: 'at-most',
    period: 'to 31 Dec 2025', measure: 'maximum purchase-tax exemption per car (full exemption)',
    sources: [{ source: 'steelorbis-2025-12-29', quote: 'The maximum tax exemption per vehicle will be adjusted from RMB 30,000' }],
    status: { kind: 'single' },
    note: 'Until the end of 2025 new-energy cars were fully exempt from purchase tax, up to this amount; from 2026 the tax is halved, up to RMB 15,000.',
  },
  {
    id: 'deliveries-2026q1-change', label: 'Fall in deliveries from Q4 2025', value: 44, unit: '%', digits: 0, qualifier: 'more-than',
    period: 'Q1 2026', measure: 'fall in quarterly EV deliveries from the quarter before',
    sources: [{ source: 'chinadailybrief-2026-05', quote: 'Quarterly deliveries fell by over 44% compared to the previous quarter' }],
    status: { kind: 'single' },
    note: 'A single, weaker source (a news summary). It roughly matches the derived Q4 2025 figure and the more than 80,000 cars reported for Q1 2026.',
  },
  // The model changeover that falls between Q4 2025 and Q1 2026 (one report, Feb 2026).
  {
    id: 'su7-first-generation-deliveries', label: 'First-generation SU7 deliveries', value: 370_000, unit: 'cars', qualifier: 'nearly',
    period: 'Apr 2024 to Feb 2026', measure: 'cumulative deliveries of the first-generation SU7, which had gone out of production',
    sources: [{ source: 'smahz-2026-02', quote: '初代SU7已正式停产,累计交付量接近37万辆' }],
    status: { kind: 'single' },
    note: 'The same report says a new SU7 was due in April 2026.',
  },
  {
    id: 'deliveries-2026-01', label: 'Deliveries', value: 39_000, unit: 'cars', qualifier: 'more-than',
    period: 'Jan 2026', measure: 'EV deliveries in the month',
    sources: [{ source: 'smahz-2026-02', quote: '2026年1月,其交付量超过39000台' }],
    status: { kind: 'single' },
  },
  {
    id: 'cumulative-deliveries-2026-02', label: 'Cumulative deliveries passed', value: 600_000, unit: 'cars',
    period: '13 Feb 2026', measure: 'cumulative EV deliveries since April 2024 (the mark passed)',
    sources: [{ source: 'smahz-2026-02', quote: '累计交付量已成功突破60万台,历时22个月' }],
    status: { kind: 'single' },
    note: 'The count behind the date fact "600,000 cars delivered" (deliveries-600000-date).',
  },
];
