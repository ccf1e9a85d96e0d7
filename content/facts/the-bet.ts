/** Facts used only by the "the-bet" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
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
  },
  {
    id: 'europe-sales-start-year', label: 'Planned start of car sales in Europe', value: '2027', unit: 'date',
    period: '2027', measure: 'year Xiaomi aims to start selling its cars in Europe',
    sources: [
      { source: 'businesstimes-2025-11-18', quote: 'The company aims to start selling EVs in Europe in 2027.' },
      { source: 'doc-china-entrepreneur', quote: 'Lei Jun has clearly stated that 2027 will be the time for Xiaomi cars to go overseas' },
    ],
    status: { kind: 'agreed' },
    note: 'A target, not a date: no month has been given.',
  },
];
