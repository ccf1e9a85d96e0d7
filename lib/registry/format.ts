/** Turns a fact's value into the words a reader sees. One formatter for prose, charts, tables and cards. */
import { format as d3format } from 'd3-format';
import type { Locale } from '@/lib/i18n/locale';
import { formatCompactZh, formatDateZh, formatPeriodZh, formatValueZh } from './format-zh';
import type { Unit } from './schema';

export type Qualifier = 'about' | 'nearly' | 'more-than' | 'at-most' | 'at-least';
export interface Printable {
  value: number | string;
  unit: Unit;
  scale?: 'bn' | 'm' | 'k';
  digits?: number;
  qualifier?: Qualifier;
}

const SCALE = { bn: 1e9, m: 1e6, k: 1e3 } as const;
const QUALIFIER: Record<Qualifier, string> = {
  about: 'about ',
  // A source's own "nearly": a little under the figure, which "about" would not say.
  nearly: 'nearly ',
  'more-than': 'more than ',
  'at-most': 'at most ',
  'at-least': 'at least ',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string, locale: Locale = 'en'): string {
  if (locale === 'zh') return formatDateZh(iso);
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  const month = MONTHS[m - 1];
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** The number alone, scaled and grouped, without sign: 1.8e9 with scale bn gives "1.8 bn". */
export function formatNumber(value: number, scale?: Printable['scale'], digits = 0): string {
  const scaled = Math.abs(value) / (scale ? SCALE[scale] : 1);
  const text = d3format(`,.${digits}f`)(scaled);
  return scale ? `${text} ${scale}` : text;
}

/**
 * Full reading form. Money carries its currency ("RMB 1.8 bn"), counts their noun ("27,307 cars");
 * a negative value is printed as a magnitude and `signWords` decides how the sign reads, because
 * prose says "a loss of RMB 1.8 bn", not "RMB -1.8 bn".
 */
export function formatValue(p: Printable, opts: { signWords?: boolean; qualifier?: boolean; locale?: Locale } = {}): string {
  if (opts.locale === 'zh') return formatValueZh(p, opts);
  const { signWords = false, qualifier = true } = opts;
  const q = qualifier && p.qualifier ? QUALIFIER[p.qualifier] : '';
  if (typeof p.value === 'string') return q + formatDate(p.value);
  const n = formatNumber(p.value, p.scale, p.digits);
  const sign = p.value < 0 ? (signWords ? ' loss' : '') : '';
  const minus = p.value < 0 && !signWords ? '−' : '';
  switch (p.unit) {
    case 'RMB':
    case 'USD':
    case 'HKD': {
      const cur = p.unit === 'HKD' ? 'HK$' : p.unit === 'USD' ? 'US$' : 'RMB ';
      return `${q}${minus}${cur}${n}${sign}`;
    }
    case '%':
      return `${q}${minus}${n}%`;
    case 'count':
      return `${q}${minus}${n}`;
    case 'date':
      return q + n;
    default:
      return `${q}${minus}${n} ${p.value === 1 ? p.unit.replace(/s$/, '') : p.unit}`;
  }
}

/** Short form for chart labels: no qualifier, compact. */
export function formatShort(p: Printable, locale: Locale = 'en'): string {
  return formatValue(p, { qualifier: false, locale });
}

/**
 * A registry period in the reader's language. English periods are printed as written; Chinese ones
 * are converted where their form is regular ("Q2 2024" → "2024年第二季度"), else `fallback` (the
 * fact's own Chinese wording) or, failing that, the English text.
 */
export function formatPeriod(period: string, locale: Locale = 'en', fallback?: string): string {
  if (locale === 'en') return period;
  return fallback ?? formatPeriodZh(period) ?? period;
}

/**
 * Compact form for axis ticks and labels on marks, where the axis or heading carries the unit:
 * 2e10 with scale bn → "20 bn" (the registry's spaced "bn" and "m"), 27_307 with scale k → "27k"
 * (thousands as a "k" suffix), a negative value with "−". Zero prints as a bare "0" when scaled
 * ("0 bn" reads oddly at the foot of an axis). `digits` fixes the decimals; without it, as many
 * as the value needs, up to two. `signed` also prints "+" before a positive value. `suffix: false`
 * leaves out the scale where a heading names it ("RMB bn": "−1.8"); in Chinese the heading names
 * 亿元 (for bn) or 万 (m, k) and the figure is printed in that unit ("−18").
 */
export function formatCompact(value: number, opts: { scale?: Printable['scale']; digits?: number; signed?: boolean; suffix?: boolean; locale?: Locale } = {}): string {
  const { scale, digits, signed = false, suffix: withSuffix = true } = opts;
  if (opts.locale === 'zh') return formatCompactZh(value, opts);
  if (value === 0 && scale) return '0';
  const scaled = Math.abs(value) / (scale ? SCALE[scale] : 1);
  const n = d3format(digits === undefined ? ',.2~f' : `,.${digits}f`)(scaled);
  const sign = value < 0 ? '−' : signed && value > 0 ? '+' : '';
  const suffix = !withSuffix ? '' : scale === 'k' ? 'k' : scale ? ` ${scale}` : '';
  return `${sign}${n}${suffix}`;
}

/**
 * A quarter as a tick under a bar, where a full period does not fit: "Q2 2024" → "Q2 '24" in
 * English, "24Q2" in Chinese (the short form of Chinese results coverage; "24年Q2" is too wide for
 * eight bars on a 320 px phone). Any other period is printed as formatPeriod does.
 */
export function formatPeriodShort(period: string, locale: Locale = 'en'): string {
  const m = /^Q([1-4]) (?:19|20)(\d\d)$/.exec(period);
  if (!m) return formatPeriod(period, locale);
  return locale === 'zh' ? `${m[2]}Q${m[1]}` : `Q${m[1]} '${m[2]}`;
}
