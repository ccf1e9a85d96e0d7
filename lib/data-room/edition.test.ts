import { describe, expect, it } from 'vitest';
import { formatValue } from '@/lib/registry/format';
import { publisherIn, unitIn, valueText } from './edition';

describe('valueText', () => {
  it('is the registry\'s English form in English', () => {
    const p = { value: -1.8e9, unit: 'RMB' as const, scale: 'bn' as const, digits: 1 };
    expect(valueText(p, 'en')).toBe(formatValue(p));
  });

  it('says a loss of money in words in Chinese, but keeps the minus on other units', () => {
    expect(valueText({ value: -1.8e9, unit: 'RMB', scale: 'bn', digits: 1 }, 'zh')).toBe('亏损18亿元');
    expect(valueText({ value: 2.7e9, unit: 'RMB', scale: 'bn', digits: 1 }, 'zh')).toBe('27亿元');
    expect(valueText({ value: -5, unit: '%' }, 'zh')).toBe('−5%');
  });
});

describe('publisherIn and unitIn', () => {
  it('use the Chinese name where one is given and leave others as they are', () => {
    expect(publisherIn('CNA', 'zh')).toBe('亚洲新闻台');
    expect(publisherIn('No such publisher', 'zh')).toBe('No such publisher');
    expect(publisherIn('CNA', 'en')).toBe('CNA');
    expect(unitIn('cars', 'zh')).toBe('辆');
    expect(unitIn('cars', 'en')).toBe('cars');
  });
});
