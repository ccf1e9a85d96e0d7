/**
 * The Chinese reading form of a figure, as the Chinese financial press prints it: money in 亿元 or
 * 万元 where that reads naturally (18亿元, 6.59万元) and in 元 with digit groups where it would not
 * (253,662元), counts with their measure word (13.6万 is not written for 136,854 cars: 136,854辆),
 * dates as 2024年3月28日, and the qualifier before the figure (约, 超过…). Called only through
 * format.ts, which decides the locale.
 */
import { format as d3format } from 'd3-format';
import type { Printable, Qualifier } from './format';

const QUALIFIER_ZH: Record<Qualifier, string> = {
  about: '约',
  nearly: '近',
  'more-than': '超过',
  'at-most': '最多',
  'at-least': '至少',
};
const SCALE = { bn: 1e9, m: 1e6, k: 1e3 } as const;
const CURRENCY_ZH = { RMB: '元', USD: '美元', HKD: '港元' } as const;
const UNIT_ZH: Record<string, string> = { cars: '辆', days: '天', hours: '小时', minutes: '分钟', months: '个月', years: '年' };

export function formatDateZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return `${y}年`;
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** Trailing zeros after a decimal point carry no precision a reader needs: 18.0亿 reads 18亿. */
const trim = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/**
 * The magnitude in the largest Chinese unit that keeps the figure's precision within two
 * decimals: the English form's precision (scale × 10^-digits) decides how many decimals 亿 or 万
 * would need. 1.8 bn (precision 0.1 bn) is 18亿; 65,900 is 6.59万; 253,662 would need four
 * decimals of 万, so it stays 253,662.
 */
export function chineseMagnitude(value: number, scale?: Printable['scale'], digits = 0): string {
  const abs = Math.abs(value);
  const step = (scale ? SCALE[scale] : 1) * 10 ** -digits;
  for (const [size, word] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (abs < size) continue;
    const decimals = Math.max(0, Math.ceil(Math.log10(size / step) - 1e-9));
    const text = trim((abs / size).toFixed(decimals));
    if (!text.includes('.') || text.split('.')[1].length <= 2) return `${text}${word}`;
  }
  const plainDecimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return d3format(`,.${plainDecimals}f`)(abs);
}

export function formatValueZh(p: Printable, opts: { signWords?: boolean; qualifier?: boolean } = {}): string {
  const { signWords = false, qualifier = true } = opts;
  const q = qualifier && p.qualifier ? QUALIFIER_ZH[p.qualifier] : '';
  if (typeof p.value === 'string') return q + formatDateZh(p.value);
  // 亏损 comes before the qualifier: 亏损超过6万元 (a loss of more than), never 超过亏损6万元.
  const loss = p.value < 0 && signWords ? '亏损' : '';
  const minus = p.value < 0 && !signWords ? '−' : '';
  switch (p.unit) {
    case 'RMB':
    case 'USD':
    case 'HKD':
      return `${loss}${q}${minus}${chineseMagnitude(p.value, p.scale, p.digits)}${CURRENCY_ZH[p.unit]}`;
    case '%':
      return `${loss}${q}${minus}${d3format(`,.${p.digits ?? 0}f`)(Math.abs(p.value))}%`;
    case 'count':
      return `${loss}${q}${minus}${chineseMagnitude(p.value, p.scale, p.digits)}`;
    case 'date':
      return q + String(p.value);
    default:
      return `${loss}${q}${minus}${chineseMagnitude(p.value, p.scale, p.digits)}${UNIT_ZH[p.unit] ?? p.unit}`;
  }
}

const MONTH = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 } as const;
const QUARTER_ZH = ['一', '二', '三', '四'];
type MonthName = keyof typeof MONTH;

/**
 * A registry period ("Q2 2024", "28 Mar 2024", "FY2024", "Feb–Mar 2025", "Apr 2024 to Q3 2025")
 * in Chinese, or undefined when it is free text that needs its own wording (content/zh/facts.ts).
 */
export function formatPeriodZh(period: string): string | undefined {
  const range = /^(.+?) to (.+)$/.exec(period);
  if (range) {
    const [a, b] = [formatPeriodZh(range[1]), formatPeriodZh(range[2])];
    return a && b ? `${a}至${b}` : undefined;
  }
  const one = (text: string): string | undefined => {
    let m: RegExpExecArray | null;
    if ((m = /^Q([1-4]) ((?:19|20)\d\d)$/.exec(text))) return `${m[2]}年第${QUARTER_ZH[Number(m[1]) - 1]}季度`;
    // The press writes the first n quarters as 前n季度 (2025年前三季度), any other run in full.
    if ((m = /^Q([1-4])–Q([1-4]) ((?:19|20)\d\d)$/.exec(text)))
      return m[1] === '1' ? `${m[3]}年前${QUARTER_ZH[Number(m[2]) - 1]}季度` : `${m[3]}年第${QUARTER_ZH[Number(m[1]) - 1]}至第${QUARTER_ZH[Number(m[2]) - 1]}季度`;
    if ((m = /^H([12]) ((?:19|20)\d\d)$/.exec(text))) return `${m[2]}年${m[1] === '1' ? '上' : '下'}半年`;
    if ((m = /^FY((?:19|20)\d\d)$/.exec(text))) return `${m[1]}年全年`;
    if ((m = /^((?:19|20)\d\d)$/.exec(text))) return `${m[1]}年`;
    if ((m = /^((?:19|20)\d\d)–((?:19|20)\d\d)$/.exec(text))) return `${m[1]}–${m[2]}年`;
    if ((m = /^(\d{1,2})(?:–(\d{1,2}))? ([A-Z][a-z]{2}) ((?:19|20)\d\d)$/.exec(text)) && m[3] in MONTH)
      return `${m[4]}年${MONTH[m[3] as MonthName]}月${m[1]}${m[2] ? `–${m[2]}` : ''}日`;
    if ((m = /^([A-Z][a-z]{2})(?:–([A-Z][a-z]{2}))? ((?:19|20)\d\d)$/.exec(text)) && m[1] in MONTH && (!m[2] || m[2] in MONTH))
      return `${m[3]}年${MONTH[m[1] as MonthName]}${m[2] ? `–${MONTH[m[2] as MonthName]}` : ''}月`;
    return undefined;
  };
  return one(period);
}

/**
 * Tick and label form for charts: the magnitude alone in 亿 or 万 (20 bn → 200亿, 27k → 2.7万),
 * with up to two decimals unless `digits` fixes the English form's precision, and the sign as a minus or, if `signed`, a plus.
 */
export function formatCompactZh(value: number, opts: { scale?: Printable['scale']; digits?: number; signed?: boolean; suffix?: boolean } = {}): string {
  const { digits, signed = false } = opts;
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : signed ? '+' : '';
  // Without the suffix the heading names the unit (亿元 for a bn scale, 万 for m or k), so every
  // figure is in that unit; with it, each figure takes the unit that suits its size.
  const unit = opts.suffix === false && opts.scale
    ? ([opts.scale === 'bn' ? 1e8 : 1e4, ''] as const)
    : abs >= 1e8 ? ([1e8, '亿'] as const) : abs >= 1e4 ? ([1e4, '万'] as const) : ([1, ''] as const);
  // `digits` counts decimals of the English scale (27k has none, so 2.7万 has one): the same
  // precision in 亿 or 万, at most two decimals.
  const decimals = digits === undefined ? undefined : Math.min(2, Math.max(0, Math.ceil(Math.log10(unit[0] / ((opts.scale ? SCALE[opts.scale] : 1) * 10 ** -digits)) - 1e-9)));
  const n = d3format(decimals === undefined ? ',.2~f' : `,.${decimals}f`)(abs / unit[0]);
  return `${sign}${n}${unit[1]}`;
}
