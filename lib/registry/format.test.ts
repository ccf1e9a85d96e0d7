import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber, formatValue } from './format';

describe('formatCompact (axis ticks, labels on marks)', () => {
  it('prints thousands with a k and billions with the registry\'s spaced bn', () => {
    expect(formatCompact(27_307, { scale: 'k', digits: 0 })).toBe('27k');
    expect(formatCompact(2e10, { scale: 'bn' })).toBe('20 bn');
    expect(formatCompact(2.5e9, { scale: 'bn' })).toBe('2.5 bn');
  });

  it('signs like the registry: a minus sign for a loss, + only when asked', () => {
    expect(formatCompact(-65_917, { scale: 'k', digits: 1, signed: true })).toBe('−65.9k');
    expect(formatCompact(1_234, { scale: 'k', digits: 1, signed: true })).toBe('+1.2k');
    expect(formatCompact(-70_000, { scale: 'k', digits: 0 })).toBe('−70k');
  });

  it('prints a scaled zero as a bare 0', () => {
    expect(formatCompact(0, { scale: 'bn' })).toBe('0');
  });

  it('leaves the existing forms as they were', () => {
    expect(formatNumber(1.8e9, 'bn', 1)).toBe('1.8 bn');
    expect(formatValue({ value: 40, unit: '%' })).toBe('40%');
    expect(formatValue({ value: -1.8e9, unit: 'RMB', scale: 'bn', digits: 1 })).toBe('−RMB 1.8 bn');
  });
});
