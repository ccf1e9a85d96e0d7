import type { RawSeries } from '@/lib/registry/schema';

/** Chart series: fact ids in time order (years-to-profit in the order the chart shows them). */
export const series: RawSeries[] = [
  {
    id: 'deliveries', label: 'Deliveries', unit: 'cars',
    facts: ['deliveries-2024q2', 'deliveries-2024q3', 'deliveries-2024q4', 'deliveries-2025q1', 'deliveries-2025q2', 'deliveries-2025q3'],
  },
  {
    id: 'deliveries-extended', label: 'Deliveries, Q2 2024 to Q1 2026', unit: 'cars',
    facts: ['deliveries-2024q2', 'deliveries-2024q3', 'deliveries-2024q4', 'deliveries-2025q1', 'deliveries-2025q2', 'deliveries-2025q3', 'deliveries-2025q4-derived', 'deliveries-2026q1'],
  },
  {
    id: 'ev-revenue', label: 'EV revenue', unit: 'RMB',
    facts: ['ev-revenue-2024q2', 'ev-revenue-2024q3', 'ev-revenue-2024q4', 'ev-revenue-2025q1', 'ev-revenue-2025q2', 'ev-revenue-2025q3'],
  },
  {
    id: 'segment-revenue', label: 'Segment revenue', unit: 'RMB',
    facts: ['segment-revenue-2024q2', 'segment-revenue-2024q3', 'segment-revenue-2024q4', 'segment-revenue-2025q1', 'segment-revenue-2025q2', 'segment-revenue-2025q3'],
  },
  {
    id: 'gross-margin', label: 'Segment gross margin', unit: '%',
    facts: ['gross-margin-2024q2', 'gross-margin-2024q3', 'gross-margin-2024q4', 'gross-margin-2025q1', 'gross-margin-2025q2', 'gross-margin-2025q3'],
  },
  {
    id: 'segment-result', label: 'Segment result', unit: 'RMB',
    facts: ['segment-result-2024q2', 'segment-result-2024q3', 'segment-result-2024q4', 'segment-result-2025q1', 'segment-result-2025q2', 'segment-result-2025q3'],
  },
  {
    id: 'asp', label: 'Average selling price', unit: 'RMB',
    facts: ['asp-2024q2', 'asp-2024q3', 'asp-2025q1', 'asp-2025q2', 'asp-2025q3'],
  },
  {
    id: 'per-car-derived', label: 'Loss or profit per car (derived)', unit: 'RMB',
    facts: ['per-car-derived-2024q2', 'per-car-derived-2024q3', 'per-car-derived-2024q4', 'per-car-derived-2025q1', 'per-car-derived-2025q2', 'per-car-derived-2025q3'],
  },
  {
    id: 'per-car-reported', label: 'Loss or profit per car (as reported)', unit: 'RMB',
    facts: ['per-car-reported-2024q2', 'per-car-reported-2024q4', 'per-car-reported-2025q1', 'per-car-reported-2025q2', 'per-car-reported-2025q3'],
  },
  {
    id: 'years-to-profit', label: 'Years to first profitable quarter', unit: 'years',
    facts: ['years-to-profit-tesla', 'years-to-profit-li-auto', 'years-to-profit-leapmotor', 'years-to-profit-nio', 'years-to-profit-xpeng', 'years-to-profit-xiaomi'],
  },
];
