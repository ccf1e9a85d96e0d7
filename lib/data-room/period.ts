/**
 * A sort key for the registry's free-text periods ("Q2 2024", "30 Mar 2021", "FY2024",
 * "27 Jun to 19 Nov 2025", "Ten years from 2021"): the start of the period as YYYYMMDD, with
 * 00 for an unknown month or day, so a year sorts before its quarters and a quarter before its
 * days. A period with no year ("Phase 2") sorts last.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TOKEN = /(\d{1,2})(?:[–-]\d{1,2})?\s+([A-Z][a-z]{2})[a-z]*|\b([A-Z][a-z]{2})[a-z]*\b|\bQ([1-4])\b|\bH([12])\b|\bFY((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b/g;

export const NO_PERIOD = Number.MAX_SAFE_INTEGER;

export function periodSortKey(period: string): number {
  let day = 0;
  let month = 0;
  for (const m of period.matchAll(TOKEN)) {
    const [, d, dayMonth, monthName, quarter, half, fy, year] = m;
    const mon = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
    // Only the first day and month count: they open the period; later ones close it.
    if (d && mon(dayMonth) && !month) (day = Number(d)), (month = mon(dayMonth));
    else if (monthName && mon(monthName) && !month) month = mon(monthName);
    else if (quarter && !month) month = Number(quarter) * 3 - 2;
    else if (half && !month) month = Number(half) * 6 - 5;
    else if (fy) return Number(fy) * 10000;
    else if (year) return Number(year) * 10000 + month * 100 + day;
  }
  return NO_PERIOD;
}
