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
    note: 'A plan announced in August 2022, not a count of cars on the road.',
  },
];
