import { describe, expect, it } from 'vitest';
import { matches, sortRows, type SortKeys } from './rows';

const row = (id: string, keys: Partial<SortKeys>, search = id) => ({
  id, search,
  keys: { label: id, unit: 'RMB', value: 0, period: 20240000, measure: 'm', status: 'single' as const, order: 0, ...keys },
});
const rows = [
  row('b', { order: 0, value: 5, period: 20250100, status: 'derived' }),
  row('a', { order: 1, value: -3, period: 20240400, unit: 'cars' }),
  row('c', { order: 2, value: null, period: 20240400, status: 'differ' }),
  row('d', { order: 3, value: 2, period: 20240700 }),
];
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe('sortRows', () => {
  it('keeps registry order by default', () => {
    expect(ids(sortRows(rows, { key: 'order', dir: 'asc' }))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('sorts by label both ways', () => {
    expect(ids(sortRows(rows, { key: 'label', dir: 'asc' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(sortRows(rows, { key: 'label', dir: 'desc' }))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('sorts values within a unit and puts rows without a value last', () => {
    expect(ids(sortRows(rows, { key: 'value', dir: 'asc' }))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('sorts by period start, ties in registry order', () => {
    expect(ids(sortRows(rows, { key: 'period', dir: 'asc' }))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('sorts by status in the order single, agreed, differ, derived', () => {
    expect(ids(sortRows(rows, { key: 'status', dir: 'asc' }))).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('matches', () => {
  const r = row('x', { status: 'differ' }, 'deliveries q3 2025 reuters');
  it('needs every word of the query, in any order and case', () => {
    expect(matches(r, { query: 'Reuters  Q3', status: 'all' })).toBe(true);
    expect(matches(r, { query: 'reuters q4', status: 'all' })).toBe(false);
    expect(matches(r, { query: '', status: 'all' })).toBe(true);
  });
  it('filters by status', () => {
    expect(matches(r, { query: '', status: 'differ' })).toBe(true);
    expect(matches(r, { query: '', status: 'derived' })).toBe(false);
  });
});

describe('sortRows in the Chinese edition', () => {
  it('orders Chinese labels by the Chinese collation (pinyin), not by code point', () => {
    const zh = [row('kui', { label: '亏损', order: 0 }), row('jiao', { label: '交付量', order: 1 }), row('dan', { label: '单车亏损', order: 2 })];
    expect(ids(sortRows(zh, { key: 'label', dir: 'asc' }, 'zh-CN'))).toEqual(['dan', 'jiao', 'kui']);
  });
});
