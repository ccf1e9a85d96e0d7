/**
 * The one reader of the registry's free-text periods ("Q2 2024", "30 Mar 2021", "FY2024",
 * "27 Jun to 19 Nov 2025", "Ten years from 2021") and of date values ("2021-03-30", "2027").
 * The data room sorts by it (periodSortKey) and the charts place events in time with it
 * (lib/charts/time.ts), so a period reads the same everywhere.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TOKEN = /(\d{1,2})(?:[–-]\d{1,2})?\s+([A-Z][a-z]{2})[a-z]*|\b([A-Z][a-z]{2})[a-z]*\b|\bQ([1-4])\b|\bH([12])\b|\bFY((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b/g;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Where a period starts, as far as its text says. */
export interface ParsedPeriod {
  year: number;
  /** 1–12; a quarter or half gives its first month. Absent for a whole year. */
  month?: number;
  day?: number;
  /** Set when the period opens with a quarter ("Q3 2025") or a half ("H1 2025"). */
  quarter?: 1 | 2 | 3 | 4;
  half?: 1 | 2;
  /** A fiscal year ("FY2024"). */
  fiscalYear?: true;
}

/**
 * The start of a period: the first day and month named open it, later ones close it ("27 Jun to
 * 19 Nov 2025" starts on 27 June 2025). ISO dates ("2021-03-30", "2021-08", "2027") are read as
 * they are. null for a period with no year ("Phase 2").
 */
export function parsePeriod(period: string): ParsedPeriod | null {
  const iso = ISO.exec(period);
  if (iso) {
    const [, y, m, d] = iso;
    return { year: Number(y), ...(m ? { month: Number(m) } : {}), ...(d ? { day: Number(d) } : {}) };
  }
  let day = 0;
  let month = 0;
  let quarter = 0;
  let half = 0;
  for (const m of period.matchAll(TOKEN)) {
    const [, d, dayMonth, monthName, q, h, fy, year] = m;
    const mon = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
    if (d && mon(dayMonth) && !month) (day = Number(d)), (month = mon(dayMonth));
    else if (monthName && mon(monthName) && !month) month = mon(monthName);
    else if (q && !month) (quarter = Number(q)), (month = quarter * 3 - 2);
    else if (h && !month) (half = Number(h)), (month = half * 6 - 5);
    // A fiscal year is sorted as the year itself, whatever came before it.
    else if (fy) return { year: Number(fy), fiscalYear: true };
    else if (year)
      return {
        year: Number(year),
        ...(month ? { month } : {}),
        ...(day ? { day } : {}),
        ...(quarter ? { quarter: quarter as ParsedPeriod['quarter'] } : {}),
        ...(half ? { half: half as ParsedPeriod['half'] } : {}),
      };
  }
  return null;
}

/**
 * The two ends of a period written as a range ("2003 to Q1 2013" → ["2003", "Q1 2013"]); a
 * single period is both its ends. The start is as written ("27 Jun" in "27 Jun to 19 Nov 2025").
 */
export function periodEnds(period: string): [string, string] {
  const range = /^(.+?) to (.+)$/.exec(period);
  return range ? [range[1], range[2]] : [period, period];
}

export const NO_PERIOD = Number.MAX_SAFE_INTEGER;

/**
 * A sort key: the start of the period as YYYYMMDD, with 00 for an unknown month or day, so a year
 * sorts before its quarters and a quarter before its days. A period with no year sorts last.
 */
export function periodSortKey(period: string): number {
  const p = parsePeriod(period);
  if (!p) return NO_PERIOD;
  if (p.fiscalYear) return p.year * 10000;
  return p.year * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
}
