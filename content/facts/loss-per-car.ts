/** Facts used only by the "loss-per-car" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  {
    id: 'per-car-derived-2024fy', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'FY2024', measure: 'segment result ÷ deliveries (adjusted net loss), for the whole year',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2024fy', 'deliveries-2024fy'], text: 'segment result for the year ÷ deliveries for the year' } },
    note: 'Our division, like the quarterly ones; a Chinese page printed the same figure (RMB 45,300).',
  },
];
