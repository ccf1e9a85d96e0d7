import { describe, expect, it } from 'vitest';
import { buildRegistry } from './build';
import type { RawFact, RawSeries, Source } from './schema';

const sources: Source[] = [{ id: 'paper', publisher: 'Paper', title: 'Results', url: 'https://example.org/a', date: '2024-08-21', kind: 'web' }];
const loss: RawFact = { id: 'loss', label: 'Loss', value: -1.8e9, unit: 'RMB', scale: 'bn', digits: 1, period: 'Q2 2024', measure: 'adjusted net loss', sources: [{ source: 'paper' }], status: { kind: 'single' } };
const cars: RawFact = { id: 'cars', label: 'Deliveries', value: 27307, unit: 'cars', period: 'Q2 2024', measure: 'deliveries', sources: [{ source: 'paper' }], status: { kind: 'single' } };
const perCar: RawFact = {
  id: 'per-car', label: 'Loss per car', unit: 'RMB', roundTo: 100, qualifier: 'about', period: 'Q2 2024', measure: 'loss per car', sources: [],
  status: { kind: 'derived', formula: { op: 'divide', inputs: ['loss', 'cars'], text: 'loss ÷ deliveries' } },
};
const series: RawSeries[] = [{ id: 's', label: 'Loss per car', unit: 'RMB', facts: ['per-car'] }];

describe('buildRegistry', () => {
  it('computes derived figures from their inputs and inherits their sources', () => {
    const r = buildRegistry([loss, cars, perCar], sources, series);
    expect(r.getFact('per-car').value).toBe(-65900);
    expect(r.getFact('per-car').text).toBe('about −RMB 65,900');
    expect(r.getFact('per-car').sources).toEqual([{ source: 'paper' }]);
    expect(r.getFact('loss').text).toBe('−RMB 1.8 bn');
    expect(r.getFact('cars').text).toBe('27,307 cars');
    expect(r.getSeries('s').points).toEqual([{ factId: 'per-car', period: 'Q2 2024', value: -65900, text: 'about −RMB 65,900' }]);
  });

  it('prints a share in per cent and a source\'s "nearly"', () => {
    const share: RawFact = {
      id: 'share', label: 'Share', unit: '%', digits: 1, period: 'Q2 2024', measure: 'deliveries as a share of a thousand', sources: [],
      status: { kind: 'derived', formula: { op: 'percent', inputs: ['cars', 'thousand'], text: 'cars as a share of a thousand' } },
    };
    const thousand: RawFact = { ...cars, id: 'thousand', value: 1000, qualifier: 'nearly' };
    const r = buildRegistry([cars, thousand, share], sources, []);
    expect(r.getFact('share').value).toBeCloseTo(2730.7, 6);
    expect(r.getFact('share').text).toBe('2,730.7%');
    expect(r.getFact('thousand').text).toBe('nearly 1,000 cars');
  });

  it.each([
    ['an unknown source', [{ ...loss, sources: [{ source: 'nobody' }] }], 'content/facts.ts: "loss": unknown source "nobody"'],
    ['a fact without a source', [{ ...loss, sources: [] }], 'content/facts.ts: "loss": has no source'],
    ['a duplicate id', [loss, loss], 'content/facts.ts: duplicate id "loss"'],
    ['a bad unit', [{ ...loss, unit: 'EUR' as never }], 'content/facts.ts: "loss": unit:'],
    ['a formula with an unknown input', [{ ...perCar, status: { kind: 'derived' as const, formula: { op: 'divide' as const, inputs: ['loss', 'nope'], text: 'x' } } }, loss], 'formula uses unknown fact "nope"'],
    ['a derived fact with a typed value', [{ ...perCar, value: 1 }, loss, cars], 'a derived fact takes no value'],
  ])('fails on %s, naming the file and the id', (_what, facts, message) => {
    expect(() => buildRegistry(facts as RawFact[], sources, [])).toThrow(message);
  });

  it('fails when a series names a fact the registry lacks', () => {
    expect(() => buildRegistry([loss], sources, [{ id: 'x', label: 'X', unit: 'RMB', facts: ['missing'] }])).toThrow('content/series.ts: "x": unknown fact "missing"');
  });

  it('throws a named error for an unknown id at lookup', () => {
    const r = buildRegistry([loss], sources, []);
    expect(() => r.getFact('nope')).toThrow('no fact with id "nope"');
    expect(() => r.getSeries('nope')).toThrow('no series with id "nope"');
  });
});
