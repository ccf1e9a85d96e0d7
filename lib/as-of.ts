/**
 * How current the story is, said as two separate things: the reporting period of the newest figure
 * in the registry (worked out, never typed, so a new quarter's figures move it), and the date the
 * research was last checked against its sources (content/story.ts). Readers need both: figures for
 * Q1 2026 checked in December 2026 are not news from December 2026.
 */
import { story } from '@/content/story';
import { metaWords } from '@/content/ui/meta';
import type { Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { registry } from '@/lib/registry';
import { formatDate, formatPeriod } from '@/lib/registry/format';

/** A reporting period ("Q1 2026", "H1 2025", "FY2025") as the year and month it ends, or null. */
export function reportingPeriodEnd(period: string): { year: number; month: number } | null {
  let m = /^([QH])([1-4]) ((?:19|20)\d\d)$/.exec(period);
  if (m && (m[1] === 'Q' || Number(m[2]) <= 2)) return { year: Number(m[3]), month: Number(m[2]) * (m[1] === 'Q' ? 3 : 6) };
  m = /^FY((?:19|20)\d\d)$/.exec(period);
  return m ? { year: Number(m[1]), month: 12 } : null;
}

/**
 * The newest reporting period among `periods` that had ended by `checked` (ISO date). Dates, plans
 * and targets ("2027", "2026–2027") are not reporting periods and never count; of two periods that
 * end together (Q4 2025 and FY2025) the first listed wins.
 */
export function newestReportingPeriod(periods: Iterable<string>, checked: string): string | null {
  const [cy, cm] = checked.split('-').map(Number);
  let best: { period: string; key: number } | null = null;
  for (const period of periods) {
    const end = reportingPeriodEnd(period);
    if (!end) continue;
    const key = end.year * 12 + end.month;
    // A period counts only once it is over (it ended in a month before the check): a figure for a
    // quarter still running would be a forecast.
    if (key >= cy * 12 + cm) continue;
    if (!best || key > best.key) best = { period, key };
  }
  return best?.period ?? null;
}

export function newestPeriod(): string {
  const p = newestReportingPeriod([...registry.facts.values()].map((f) => f.period), story.figuresAsOf);
  if (!p) throw new Error('lib/as-of: the registry holds no quarterly, half-year or full-year figure');
  return p;
}

/** The newest period and the research date, printed for an edition ("Q1 2026" / "2026年第一季度"). */
export function asOfParts(locale: Locale = 'en'): { newest: string; checked: string } {
  return { newest: formatPeriod(newestPeriod(), locale), checked: formatDate(story.figuresAsOf, locale) };
}

export function asOfSentence(locale: Locale = 'en'): string {
  return fill(wordsFor(metaWords, locale)['asOf.sentence'], asOfParts(locale));
}
