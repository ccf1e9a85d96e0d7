import { describe, expect, it } from 'vitest';
import type { Fact } from '@/lib/registry';
import { alternativeText } from './alternative';

const base: Fact = {
  id: 'x', label: 'X', value: 3.3e9, unit: 'RMB', scale: 'bn', digits: 1, period: 'Q1 2025', measure: 'm',
  sources: [{ source: 's' }], status: { kind: 'single' }, text: 'RMB 3.3 bn',
};
const alt = (value: number | string, extra: object = {}) => ({ value, sources: [{ source: 's' }], ...extra });

describe('alternativeText', () => {
  it('uses the fact\'s scale for the same unit', () => {
    expect(alternativeText(base, alt(3.3e9))).toBe('RMB 3.3 bn');
  });

  it('keeps the decimals a value needs, so a units slip or a close figure stays visible', () => {
    expect(alternativeText(base, alt(2.06e9))).toBe('RMB 2.06 bn');
    expect(alternativeText({ ...base, value: 38.86, unit: 'HKD', scale: undefined, digits: 2 }, alt(38.88))).toBe('HK$38.88');
    expect(alternativeText({ ...base, value: 9, unit: '%', scale: undefined, digits: 1 }, alt(8.8))).toBe('8.8%');
  });

  it('prints another unit in full, with its sign, qualifier, or as a magnitude', () => {
    expect(alternativeText({ ...base, value: -60000, scale: undefined, digits: undefined }, alt(-9200, { unit: 'USD', qualifier: 'about' }))).toBe('about −US$9,200');
    expect(alternativeText({ ...base, value: -60000, scale: undefined, digits: undefined }, alt(-9200, { unit: 'USD' }), { abs: true })).toBe('US$9,200');
  });

  it('prints a date alternative as a date', () => {
    expect(alternativeText({ ...base, value: '2021-03-30', unit: 'date' }, alt('2021-03'))).toBe('March 2021');
  });

  it('prints in Chinese with the same digits as the English form', () => {
    expect(alternativeText(base, alt(2.06e9), { locale: 'zh' })).toBe('20.6亿元');
    expect(alternativeText({ ...base, value: -60000, scale: undefined, digits: undefined }, alt(-9200, { unit: 'USD', qualifier: 'about' }), { locale: 'zh', abs: true })).toBe('约9,200美元');
    expect(alternativeText({ ...base, value: '2021-03-30', unit: 'date' }, alt('2021-03'), { locale: 'zh' })).toBe('2021年3月');
  });
});
