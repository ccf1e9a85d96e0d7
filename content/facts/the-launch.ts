/** Facts used only by the "the-launch" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  // ---- The time windows behind the launch order counts (the counts themselves are in core.ts) ----
  {
    id: 'su7-orders-window-minutes', label: 'Window for the first SU7 order count', value: 27, unit: 'minutes',
    period: '28 Mar 2024', measure: 'minutes after orders opened in which 50,000 firm SU7 orders came in',
    sources: [{ source: 'szdaily-2024-03-29', quote: '50,000 orders ... in the first 27 minutes' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-preorder-window-minutes', label: 'Window for the SU7 Ultra pre-order count', value: 10, unit: 'minutes',
    period: '29 Oct 2024', measure: 'minutes after the pre-sale opened in which 3,680 SU7 Ultra pre-orders came in',
    sources: [{ source: 'yahoo-2024-11', quote: 'hit 3,680 vehicles within 10 minutes' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-firm-window-hours', label: 'Window for the SU7 Ultra firm-order count', value: 2, unit: 'hours',
    period: '27 Feb 2025', measure: 'hours after launch in which SU7 Ultra firm (大定) orders passed 10,000',
    sources: [{ source: 'nnzcw-2025-02', quote: '2 小时破 1 万台' }],
    status: { kind: 'single' },
    note: 'Low-quality site; firm orders, not locked orders.',
  },
  {
    id: 'su7-ultra-locked-window-days', label: 'Window for the SU7 Ultra locked-order count', value: 3, unit: 'days',
    period: 'Feb–Mar 2025', measure: 'days after launch in which SU7 Ultra locked orders passed 10,000',
    sources: [
      { source: 'futunn-2025-03', quote: 'within 3 days of its launch, the number of locked orders exceeded 0.01 million' },
      { source: 'doc-champagne', quote: 'completed its annual target of 10,000 units in just 3 days' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-orders-window-minutes', label: 'Window for the first YU7 order count', value: 3, unit: 'minutes',
    period: '26 Jun 2025', measure: 'minutes after launch in which 200,000 paid YU7 pre-orders came in',
    sources: [
      { source: 'itiger-2025-09-25', quote: 'over 200,000 vehicle orders within just three minutes' },
      { source: 'cerus-2025-06', quote: 'Within just three minutes, the company secured 200,000 preorder reservations' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-locked-window-hours', label: 'Window for the YU7 locked-order count', value: 18, unit: 'hours',
    period: '26–27 Jun 2025', measure: 'hours after launch in which more than 240,000 YU7 orders were locked',
    sources: [{ source: 'itiger-2025-09-25', quote: 'over 240,000 vehicles were locked in within 18 hours' }],
    status: { kind: 'single' },
  },

  // ---- Production milestones (the dates and day counts are in core.ts) ----
  {
    id: 'su7-production-milestone', label: 'SU7 production milestone', value: 100_000, unit: 'cars',
    period: 'Nov 2024', measure: 'SU7s produced when Xiaomi marked the milestone, 230 days after launch',
    sources: [{ source: 'theinterface-2024-11', quote: 'it took us only 230 days to produce 100,000 units' }],
    status: { kind: 'single' },
  },
  {
    id: 'car-production-milestone', label: 'Production milestone', value: 500_000, unit: 'cars',
    period: '20 Nov 2025', measure: 'Xiaomi cars (all models) produced when the milestone car left the Beijing line',
    sources: [{ source: 'capitalcircuit-2025-11', quote: '500,000th electric vehicle rolled off the line in Beijing on November 20' }],
    status: { kind: 'single' },
  },

  // ---- The YU7's first six months, and the 2026 changeover (research section H) ----
  {
    id: 'yu7-deliveries-six-months', label: 'YU7 deliveries in its first six months', value: 150_000, unit: 'cars', qualifier: 'more-than',
    period: 'Jun 2025 to Jan 2026', measure: 'YU7 deliveries in the six months after its launch',
    sources: [{ source: 'office369-2026-01', quote: '上市半年交付超15万辆,是SU7同期交付量的2.3倍' }],
    status: { kind: 'single' },
  },
  {
    id: 'yu7-vs-su7-six-months', label: 'YU7 against the SU7 at the same stage', value: 2.3, unit: 'count', digits: 1,
    period: 'first six months after launch', measure: 'YU7 deliveries in its first six months as a multiple of the SU7\'s in its first six months',
    sources: [{ source: 'office369-2026-01', quote: '上市半年交付超15万辆,是SU7同期交付量的2.3倍' }],
    status: { kind: 'single' },
    note: 'A multiple ("2.3 times"), not a count.',
  },
  {
    id: 'deliveries-2025-12', label: 'Deliveries in December 2025', value: 50_000, unit: 'cars', qualifier: 'more-than',
    period: 'Dec 2025', measure: 'EV deliveries in the month (a monthly record)',
    sources: [{ source: 'office369-2026-01', quote: '2025年12月单月交付就突破了5万辆' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-new-generation-due', label: 'New SU7 due', value: '2026-04', unit: 'date',
    period: 'Apr 2026', measure: 'month the new-generation SU7 was due, as reported in February 2026',
    sources: [{ source: 'smahz-2026-02', quote: '初代SU7已正式停产' }],
    status: { kind: 'single' },
    note: 'A plan reported in February 2026; whether the car arrived then is not in our sources.',
  },

  // ---- Waiting times shown in the Xiaomi Auto app (source document 003) ----
  {
    id: 'wait-quoted-date', label: 'Waiting times read from the Xiaomi Auto app', value: '2025-03', unit: 'date',
    period: 'Mar 2025', measure: 'month the quoted delivery waits applied to a new order',
    sources: [{ source: 'doc-champagne', quote: 'The Xiaomi Auto app shows that if you order a car now' }],
    status: { kind: 'single' },
    note: 'The article was written just after Xiaomi\'s results of 18 Mar 2025.',
  },
  {
    id: 'wait-su7-max-low', label: 'Wait for an SU7 Max, in weeks (shortest)', value: 30, unit: 'count',
    period: 'Mar 2025', measure: 'delivery wait for a new SU7 Max order, in weeks (lower end of the range)',
    sources: [{ source: 'doc-champagne', quote: 'the delivery cycle for the Xiaomi SU7 Max version is 30-33 weeks' }],
    status: { kind: 'single' },
    note: 'The value is in weeks. The same source says the other two SU7 versions took even longer.',
  },
  {
    id: 'wait-su7-max-high', label: 'Wait for an SU7 Max, in weeks (longest)', value: 33, unit: 'count',
    period: 'Mar 2025', measure: 'delivery wait for a new SU7 Max order, in weeks (upper end of the range)',
    sources: [{ source: 'doc-champagne', quote: 'the delivery cycle for the Xiaomi SU7 Max version is 30-33 weeks' }],
    status: { kind: 'single' },
    note: 'The value is in weeks.',
  },
  {
    id: 'wait-su7-ultra', label: 'Wait for an SU7 Ultra, in weeks', value: 40, unit: 'count', qualifier: 'about',
    period: 'Mar 2025', measure: 'delivery wait for a new SU7 Ultra order, in weeks',
    sources: [{ source: 'doc-champagne', quote: 'with the SU7 Ultra delivery cycle also being longer, around 40 weeks' }],
    status: { kind: 'single' },
    note: 'The value is in weeks.',
  },
];
