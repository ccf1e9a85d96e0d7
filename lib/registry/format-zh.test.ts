import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatPeriod, formatPeriodShort, formatShort, formatValue } from './format';
import { chineseMagnitude, formatPeriodZh } from './format-zh';

const zh = { locale: 'zh' as const };

describe('Chinese figures', () => {
  it('prints money in 亿元 and 万元 where the precision allows, else in 元 with digit groups', () => {
    expect(formatValue({ value: -1_800_000_000, unit: 'RMB', scale: 'bn', digits: 1 }, { ...zh, signWords: true })).toBe('亏损18亿元');
    // The loss word leads and the qualifier follows it: "超过亏损6万元" would misread the sentence.
    expect(formatValue({ value: -60_000, unit: 'RMB', qualifier: 'more-than' }, { ...zh, signWords: true })).toBe('亏损超过6万元');
    expect(formatValue({ value: -65_900, unit: 'RMB', qualifier: 'about' }, { ...zh, signWords: true })).toBe('亏损约6.59万元');
    expect(formatValue({ value: 6_200_000_000, unit: 'RMB', scale: 'bn', digits: 1 }, zh)).toBe('62亿元');
    expect(formatValue({ value: 10_000_000_000, unit: 'RMB', scale: 'bn', digits: 0 }, zh)).toBe('100亿元');
    expect(formatValue({ value: 65_900, unit: 'RMB', qualifier: 'about' }, zh)).toBe('约6.59万元');
    expect(formatValue({ value: 45_300, unit: 'RMB' }, zh)).toBe('4.53万元');
    expect(formatValue({ value: 253_662, unit: 'RMB' }, zh)).toBe('253,662元');
    expect(formatValue({ value: 529_900, unit: 'RMB' }, zh)).toBe('52.99万元');
    expect(formatValue({ value: 77_370_000, unit: 'USD', scale: 'm', digits: 2, qualifier: 'about' }, zh)).toBe('约7737万美元');
    expect(formatValue({ value: 38.86, unit: 'HKD', digits: 2 }, zh)).toBe('38.86港元');
    expect(formatValue({ value: 8_400, unit: 'USD' }, zh)).toBe('8,400美元');
  });
  it('prints counts with their measure word, and 万 only for round figures', () => {
    expect(formatValue({ value: 27_307, unit: 'cars' }, zh)).toBe('27,307辆');
    expect(formatValue({ value: 136_854, unit: 'cars' }, zh)).toBe('136,854辆');
    expect(formatValue({ value: 300_000, unit: 'cars', qualifier: 'more-than' }, zh)).toBe('超过30万辆');
    expect(formatValue({ value: 550_000, unit: 'cars' }, zh)).toBe('55万辆');
    expect(formatValue({ value: 27, unit: 'minutes' }, zh)).toBe('27分钟');
    expect(formatValue({ value: 10, unit: 'years' }, zh)).toBe('10年');
    expect(formatValue({ value: 18, unit: 'months', qualifier: 'about' }, zh)).toBe('约18个月');
  });
  it('prints percentages, signs and qualifiers the Chinese way', () => {
    expect(formatValue({ value: 15.4, unit: '%', digits: 1 }, zh)).toBe('15.4%');
    expect(formatValue({ value: -0.3, unit: '%', digits: 1 }, zh)).toBe('−0.3%');
    expect(formatValue({ value: 90_000, unit: 'count', qualifier: 'nearly' }, zh)).toBe('近9万');
    expect(formatShort({ value: 65_900, unit: 'RMB', qualifier: 'about' }, 'zh')).toBe('6.59万元');
  });
  it('prints dates as 年月日', () => {
    expect(formatDate('2024-03-28', 'zh')).toBe('2024年3月28日');
    expect(formatDate('2024-03', 'zh')).toBe('2024年3月');
    expect(formatValue({ value: '2021-03-30', unit: 'date' }, zh)).toBe('2021年3月30日');
  });
  it('converts regular periods and leaves free text to the fact wording', () => {
    expect(formatPeriodZh('Q2 2024')).toBe('2024年第二季度');
    expect(formatPeriodZh('FY2024')).toBe('2024年全年');
    expect(formatPeriodZh('28 Mar 2024')).toBe('2024年3月28日');
    expect(formatPeriodZh('26–27 Jun 2025')).toBe('2025年6月26–27日');
    expect(formatPeriodZh('Feb–Mar 2025')).toBe('2025年2–3月');
    expect(formatPeriodZh('Q1–Q3 2025')).toBe('2025年前三季度');
    expect(formatPeriodZh('Q2–Q4 2025')).toBe('2025年第二至第四季度');
    expect(formatPeriodZh('Apr 2024 to Q3 2025')).toBe('2024年4月至2025年第三季度');
    expect(formatPeriodZh('H1 2025')).toBe('2025年上半年');
    expect(formatPeriodZh('Phase 2')).toBeUndefined();
    expect(formatPeriod('Phase 2', 'zh', '二期')).toBe('二期');
    expect(formatPeriod('Q2 2024', 'en')).toBe('Q2 2024');
  });
  it('prints chart ticks in 亿 and 万', () => {
    expect(formatCompact(20e9, { scale: 'bn', locale: 'zh' })).toBe('200亿');
    expect(formatCompact(27_000, { scale: 'k', locale: 'zh' })).toBe('2.7万');
    expect(formatCompact(-65_900, { scale: 'k', locale: 'zh' })).toBe('−6.59万');
    expect(formatCompact(15, { locale: 'zh', signed: true })).toBe('+15');
    expect(formatCompact(0, { scale: 'bn', locale: 'zh' })).toBe('0');
    // digits keep the English form's precision: 27k → 2.7万, −65.9k → −6.59万, −1.8 bn → −18亿.
    expect(formatCompact(27_307, { scale: 'k', digits: 0, locale: 'zh' })).toBe('2.7万');
    expect(formatCompact(-65_917, { scale: 'k', digits: 1, signed: true, locale: 'zh' })).toBe('−6.59万');
    // suffix: false, the heading names 亿元: −1.8 bn → −18, and a small figure stays in 亿 (0.3 bn → 3).
    expect(formatCompact(-1.8e9, { scale: 'bn', digits: 1, suffix: false, locale: 'zh' })).toBe('−18');
    expect(formatCompact(3e8, { scale: 'bn', digits: 1, suffix: false, signed: true, locale: 'zh' })).toBe('+3');
    expect(formatPeriodShort('Q2 2024', 'zh')).toBe('24Q2');
    expect(formatPeriodShort('Q2 2024')).toBe("Q2 '24");
  });
  it('keeps the precision the English form has', () => {
    expect(chineseMagnitude(1_550_000_000, 'bn', 2)).toBe('15.5亿');
    expect(chineseMagnitude(300_000_000, 'bn', 1)).toBe('3亿');
    expect(chineseMagnitude(635_000_000, 'm', 0)).toBe('6.35亿');
  });
});
