/** Facts used only by the "profitability" chapter (shared quarterly figures live in core.ts). */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  {
    id: 'years-to-profit-doc-claim', label: 'Li Auto and Leapmotor, years to profit (source document)', value: 7, unit: 'years', digits: 0,
    qualifier: 'more-than',
    period: 'as of Nov 2025', measure: 'years Li Auto and Leapmotor needed to reach a profit, as a source document puts it',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'Li Auto and Leapmotor only managed to achieve a monthly profit after more than seven years' }],
    status: { kind: 'single' },
    note: 'The document gives no measure or dates. The pages give about 5 years for Li Auto (first quarterly net income, Q4 2020) and about 9 for Leapmotor (first quarterly net profit, Q4 2024), so the claim fits Leapmotor but not Li Auto\'s first profitable quarter.',
  },
];
