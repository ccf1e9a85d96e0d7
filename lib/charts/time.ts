/**
 * Placing a parsed period (ChartPoint.at, from lib/registry/period.ts) on a time axis, and
 * printing it as a date.
 */
import { formatDate } from '@/lib/registry/format';
import type { ParsedPeriod } from '@/lib/registry/period';

/**
 * The moment a chart draws a period at: its day; the middle of a month given without a day; the
 * end of a quarter (a quarter's result is known once it is over); the first of January for a year.
 */
export function timeOf(at: ParsedPeriod): Date {
  if (at.quarter) return new Date(Date.UTC(at.year, at.quarter * 3, 0));
  if (!at.month) return new Date(Date.UTC(at.year, 0, 1));
  return new Date(Date.UTC(at.year, at.month - 1, at.day ?? 15));
}

/** The period as a date in words ("30 March 2021", "August 2021"); a quarter, half or fiscal year as written. */
export function dateWords(at: ParsedPeriod, written: string): string {
  if (at.quarter || at.half || at.fiscalYear) return written;
  const mm = at.month ? `-${String(at.month).padStart(2, '0')}` : '';
  const dd = at.month && at.day ? `-${String(at.day).padStart(2, '0')}` : '';
  return formatDate(`${at.year}${mm}${dd}`);
}

type Dated = { factId: string; period: string; at: ParsedPeriod | null };

function placed(p: Dated): ParsedPeriod {
  if (!p.at) throw new Error(`fact "${p.factId}" (${p.period}) has no date to place it in time`);
  return p.at;
}

/** Where a point sits on a time axis (timeOf its `at`); throws naming the fact when it has no date. */
export const pointTime = (p: Dated): Date => timeOf(placed(p));

/** A point's date in words (dateWords of its `at`). */
export const pointDate = (p: Dated): string => dateWords(placed(p), p.period);
