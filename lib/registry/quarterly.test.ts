import { describe, expect, it } from 'vitest';
import { periodKey, quarterly, quarterlyDerived, type Period } from './quarterly';
import { buildRegistry } from './build';
import type { Source } from './schema';

const cite = (source: string, quote?: string) => (quote ? { source, quote } : { source });

describe('periodKey', () => {
  it('turns a quarter or a full year into the id suffix', () => {
    expect(periodKey('Q2 2024')).toBe('2024q2');
    expect(periodKey('FY2024')).toBe('2024fy');
  });
  it('refuses anything else', () => {
    expect(() => periodKey('H1 2025' as Period)).toThrow('not a quarter or a full year: "H1 2025"');
  });
});

describe('quarterly', () => {
  const margin = quarterly({ id: 'gross-margin', label: 'Gross margin', unit: '%', digits: 1, measure: 'segment gross margin' }, {
    'Q2 2024': { value: 15.4, sources: [cite('a', 'with a gross margin of 15.4 percent')] },
    'Q3 2024': { value: 17.1, sources: [cite('a'), cite('b')], note: 'A note.' },
    'FY2024': {
      value: 18.5, measure: 'segment gross margin, full year', sources: [cite('a'), cite('b')],
      status: { kind: 'differ', note: 'They differ.', alternatives: [{ value: 18, unit: '%', sources: [cite('b')] }] },
    },
  });

  it('makes one fact a row, in the rows\' order, written out as by hand', () => {
    expect(margin).toStrictEqual([
      {
        id: 'gross-margin-2024q2', label: 'Gross margin', value: 15.4, unit: '%', digits: 1, period: 'Q2 2024', measure: 'segment gross margin',
        sources: [{ source: 'a', quote: 'with a gross margin of 15.4 percent' }], status: { kind: 'single' },
      },
      {
        id: 'gross-margin-2024q3', label: 'Gross margin', value: 17.1, unit: '%', digits: 1, period: 'Q3 2024', measure: 'segment gross margin',
        sources: [{ source: 'a' }, { source: 'b' }], status: { kind: 'agreed' }, note: 'A note.',
      },
      {
        id: 'gross-margin-2024fy', label: 'Gross margin', value: 18.5, unit: '%', digits: 1, period: 'FY2024', measure: 'segment gross margin, full year',
        sources: [{ source: 'a' }, { source: 'b' }],
        status: { kind: 'differ', note: 'They differ.', alternatives: [{ value: 18, unit: '%', sources: [{ source: 'b' }] }] },
      },
    ]);
  });

  it('keeps the fields in the hand-written order and leaves no unset field behind', () => {
    expect(Object.keys(margin[1])).toEqual(['id', 'label', 'value', 'unit', 'digits', 'period', 'measure', 'sources', 'status', 'note']);
    const cleared = quarterly({ id: 'x', label: 'X', unit: 'RMB', qualifier: 'about', measure: 'm' }, { 'Q1 2025': { value: 1, qualifier: undefined, sources: [cite('a')] } });
    expect('qualifier' in cleared[0]).toBe(false);
  });
});

describe('quarterlyDerived', () => {
  const sources: Source[] = [{ id: 'a', publisher: 'A', title: 'A', date: '2025-01', kind: 'web' }];
  const loss = quarterly({ id: 'result', label: 'Result', unit: 'RMB', measure: 'loss' }, {
    'Q2 2024': { value: -1_800_000_000, sources: [cite('a')] },
    'Q3 2024': { value: -1_500_000_000, sources: [cite('a')] },
  });
  const cars = quarterly({ id: 'cars', label: 'Cars', unit: 'cars', measure: 'deliveries' }, {
    'Q2 2024': { value: 27_307, sources: [cite('a')] },
    'Q3 2024': { value: 39_790, sources: [cite('a')] },
  });
  const perCar = quarterlyDerived({
    id: 'per-car', label: 'Loss per car', unit: 'RMB', roundTo: 100, qualifier: 'about', measure: 'loss ÷ cars',
    formula: { op: 'divide', inputs: ['result', 'cars'], text: 'loss ÷ cars' },
  }, { 'Q2 2024': {}, 'Q3 2024': { label: 'Loss per car, Q3' } });

  it('points each row\'s formula at the same period of its input tables', () => {
    expect(perCar[0]).toStrictEqual({
      id: 'per-car-2024q2', label: 'Loss per car', unit: 'RMB', roundTo: 100, qualifier: 'about', period: 'Q2 2024', measure: 'loss ÷ cars', sources: [],
      status: { kind: 'derived', formula: { op: 'divide', inputs: ['result-2024q2', 'cars-2024q2'], text: 'loss ÷ cars' } },
    });
    expect(perCar[1].label).toBe('Loss per car, Q3');
  });

  it('builds into the registry like hand-written facts', () => {
    const r = buildRegistry([...loss, ...cars, ...perCar], sources, []);
    expect(r.getFact('per-car-2024q2').text).toBe('about −RMB 65,900');
    expect(r.getFact('per-car-2024q3').value).toBe(-37_700);
  });
});
