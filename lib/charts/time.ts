/**
 * Placing a parsed period (ChartPoint.at, from lib/registry/period.ts) on a time axis, and
 * printing it as a date.
 */
import { formatDate, formatPeriod } from '@/lib/registry/format';
import type { ParsedPeriod } from '@/lib/registry/period';
import type { ChartLocale } from './types';

/**
 * The moment a chart draws a period at: its day; the middle of a month given without a day; the
 * end of a quarter (a quarter's result is known once it is over); the first of January for a year.
 */
export function timeOf(at: ParsedPeriod): Date {
  if (at.quarter) return new Date(Date.UTC(at.year, at.quarter * 3, 0));
  if (!at.month) return new Date(Date.UTC(at.year, 0, 1));
  return new Date(Date.UTC(at.year, at.month - 1, at.day ?? 15));
}

/** The first instant of a period: its day, or the first day of its month or year. */
export function startOf(at: ParsedPeriod): Date {
  return new Date(Date.UTC(at.year, (at.month ?? 1) - 1, at.day ?? 1));
}

/** A quarter's extent on a time axis: its first instant and the first instant of the next quarter. */
export function quarterSpan(at: ParsedPeriod): [Date, Date] {
  if (!at.quarter) throw new Error(`${at.year}${at.month ? `-${at.month}` : ''} is not a quarter`);
  return [new Date(Date.UTC(at.year, (at.quarter - 1) * 3, 1)), new Date(Date.UTC(at.year, at.quarter * 3, 1))];
}

/** The quarter a moment falls in. */
export function quarterAt(t: Date): ParsedPeriod {
  const quarter = (Math.floor(t.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4;
  return { year: t.getUTCFullYear(), month: quarter * 3 - 2, quarter };
}

/**
 * The period as a date in words ("30 March 2021", "August 2021"; in Chinese 2021年3月30日); a
 * quarter, half or fiscal year as written (in Chinese through formatPeriod: 2025年第三季度).
 */
export function dateWords(at: ParsedPeriod, written: string, locale: ChartLocale = 'en'): string {
  if (at.quarter || at.half || at.fiscalYear) return formatPeriod(written, locale);
  const mm = at.month ? `-${String(at.month).padStart(2, '0')}` : '';
  const dd = at.month && at.day ? `-${String(at.day).padStart(2, '0')}` : '';
  return formatDate(`${at.year}${mm}${dd}`, locale);
}

type Dated = { factId: string; period: string; at: ParsedPeriod | null };

function placed(p: Dated): ParsedPeriod {
  if (!p.at) throw new Error(`fact "${p.factId}" (${p.period}) has no date to place it in time`);
  return p.at;
}

/** Where a point sits on a time axis (timeOf its `at`); throws naming the fact when it has no date. */
export const pointTime = (p: Dated): Date => timeOf(placed(p));

/** Where a point's period starts (startOf its `at`): a milestone known to the month is marked at the month's start. */
export const pointStart = (p: Dated): Date => startOf(placed(p));

/** A quarter's point's extent on a time axis (quarterSpan of its `at`). */
export const pointSpan = (p: Dated): [Date, Date] => quarterSpan(placed(p));

/** A point's date in words (dateWords of its `at`), in the chart's locale. */
export const pointDate = (p: Dated, locale: ChartLocale = 'en'): string => dateWords(placed(p), p.period, locale);
