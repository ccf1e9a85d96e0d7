/**
 * Pins the real registry: its size and a few quarterly figures in full, as they were when the
 * quarterly tables replaced the written-out facts. A change to a table that alters any of these
 * (an id, a wording, a source or quote, a status) fails here.
 */
import { describe, expect, it } from 'vitest';
import { registry } from './index';

describe('the fact registry', () => {
  it('holds every figure', () => {
    expect(registry.facts.size).toBe(184);
  });

  it.each([
    {
      id: 'deliveries-2024q2', label: 'Deliveries', value: 27307, unit: 'cars', period: 'Q2 2024', measure: 'EV deliveries',
      sources: [{ source: 'cnevpost-2024-08-21', quote: 'a total of 27,307 units of the Xiaomi SU7 series were delivered' }],
      status: { kind: 'single' },
      note: 'The 2024 quarters add up to 60 cars fewer than the full-year total; see FY2024 deliveries.', text: '27,307 cars',
    },
    {
      id: 'gross-margin-2024q3', label: 'Gross margin', value: 17.1, unit: '%', digits: 1, period: 'Q3 2024', measure: 'segment gross margin',
      sources: [{ source: 'yahoo-2024-11', quote: 'driven by a 17.1% gross profit margin' }, { source: 'cjcn-2025-11', quote: '由2024年第三季度的17.1%上升' }],
      status: {
        kind: 'differ',
        note: 'TMTPost gives 15.4% ("1.7 points up QoQ"), which is an error: 15.4% was the Q2 figure, and Xiaomi gave 17.1%.',
        alternatives: [{ value: 15.4, unit: '%', note: 'error in the TMTPost report', sources: [{ source: 'tmtpost-2024-11', quote: '1.7 points up QoQ' }] }],
      },
      text: '17.1%',
    },
    {
      id: 'segment-result-2025q3', label: 'Segment result', value: 700000000, unit: 'RMB', scale: 'bn', digits: 1, period: 'Q3 2025', measure: 'segment operating profit',
      sources: [
        { source: 'yicai-2025-11-19', quote: 'reporting an operating profit of CNY700 million (USD98.5 million)' },
        { source: 'cjcn-2025-11' },
        { source: 'doc-china-entrepreneur', quote: 'with an operating result of 700 million yuan' },
      ],
      status: { kind: 'agreed' },
      note: 'First profitable quarter. The segment includes AI and other new initiatives, so this is not an EV-only result.', text: 'RMB 0.7 bn',
    },
    {
      id: 'per-car-derived-2025q3', label: 'Profit per car (derived)', value: 6400, unit: 'RMB', qualifier: 'about', period: 'Q3 2025',
      measure: 'segment result ÷ deliveries (segment operating profit)',
      sources: [
        { source: 'yicai-2025-11-19', quote: 'reporting an operating profit of CNY700 million (USD98.5 million)' },
        { source: 'cjcn-2025-11' },
        { source: 'doc-china-entrepreneur', quote: 'with an operating result of 700 million yuan' },
      ],
      status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2025q3', 'deliveries-2025q3'], text: 'segment result ÷ deliveries' } },
      text: 'about RMB 6,400',
    },
    {
      id: 'asp-2024fy', label: 'Average selling price', value: 234479, unit: 'RMB', period: 'FY2024', measure: 'EV average selling price per car',
      sources: [{ source: 'cbgc-2025-03', quote: 'ASP(平均销售价格)为每辆234,479元' }],
      status: { kind: 'single' },
      note: 'No separate Q4 2024 figure was found; Xiaomi compared Q1 2025 with this full-year figure.', text: 'RMB 234,479',
    },
  ])('keeps $id exactly', (expected) => {
    const { id } = expected;
    expect(JSON.parse(JSON.stringify(registry.getFact(id)))).toStrictEqual(expected);
  });
});
