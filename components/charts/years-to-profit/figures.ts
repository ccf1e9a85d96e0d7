/** The figures the years-to-profit chart draws, each read once through point(), and a step's description. */
import { fill } from '@/lib/charts/copy';
import { point } from '@/lib/charts/lookup';
import { stateAt } from '@/lib/charts/states';
import { formatPeriod, formatShort, formatValue } from '@/lib/registry/format';
import { periodEnds } from '@/lib/registry/period';
import { yearsToProfitCompanies, yearsToProfitStates as STATES, type ProfitMeasure, type YearsToProfitCopy } from '@/content/charts/years-to-profit';
import type { ChartData, ChartList, ChartLocale, ChartPoint } from '../types';

export interface YearsToProfitData extends ChartData {
  /** The company facts (series `years-to-profit`), then the figures set against them. */
  figures: ChartList;
}

const num = (p: ChartPoint) => p as ChartPoint<number>;

export function figures(data: YearsToProfitData) {
  const at = (id: string) => num(point(data, 'figures', id));
  return {
    companies: yearsToProfitCompanies.map((c) => ({ ...c, p: at(c.factId) })),
    claim: at('years-to-profit-doc-claim'),
    months: at('months-to-profit-xiaomi'),
    liFromDeliveries: at('months-deliveries-to-profit-li-auto'),
    xmFromDeliveries: at('months-deliveries-to-profit-xiaomi'),
  };
}
export type YearsFigures = ReturnType<typeof figures>;

/** The ends of a figure's span, each in the page's language ("2003", "2013年第一季度"). */
export const ends = (p: ChartPoint, locale: ChartLocale) => periodEnds(p.period).map((end) => formatPeriod(end, locale)) as [string, string];
/** A number of years without its unit, which the copy's `years` template adds. */
export const yearsNumber = (p: ChartPoint, locale: ChartLocale) => formatShort({ ...p, unit: 'count' }, locale);

export function namesOf(f: YearsFigures, measure: ProfitMeasure, copy: YearsToProfitCopy) {
  return f.companies.filter((c) => c.measure === measure).map((c) => c.p.label).join(copy.namesJoin);
}

export function describe(data: YearsToProfitData, step: string, copy: YearsToProfitCopy, locale: ChartLocale): string {
  stateAt('years-to-profit', STATES, step);
  const f = figures(data);
  const text = (p: ChartPoint) => formatValue(p, { locale });
  const by = (id: string) => f.companies.find((c) => c.factId === id)!.p;
  const [tesla, li, leap, nio, xpeng, xiaomi] = ['tesla', 'li-auto', 'leapmotor', 'nio', 'xpeng', 'xiaomi'].map((c) => by(`years-to-profit-${c}`));
  const fits = f.companies.filter((c) => 'claim' in c && c.p.value > f.claim.value).map((c) => c.p.label);
  const claimed = f.companies.filter((c) => 'claim' in c).length;
  const verdict = fits.length === claimed ? copy.verdict.both : fits.length === 1 ? fill(copy.verdict.only, { name: fits[0] }) : copy.verdict.neither;
  return fill(copy.descriptions[step as keyof typeof STATES], {
    teslaFrom: ends(tesla, locale)[0], teslaTo: ends(tesla, locale)[1], tesla: text(tesla), teslaMeasure: copy.rowMeasures['years-to-profit-tesla'],
    li: text(li), leap: text(leap), claim: text(f.claim), verdict,
    nio: text(nio), xpeng: text(xpeng), xpengTo: ends(xpeng, locale)[1],
    xiaomi: text(xiaomi), xiaomiTo: ends(xiaomi, locale)[1],
    net: namesOf(f, 'net', copy), operating: namesOf(f, 'operating', copy), segment: namesOf(f, 'segment', copy),
    months: text(f.months), liFromDeliveries: text(f.liFromDeliveries), xiaomiFromDeliveries: text(f.xmFromDeliveries),
  });
}
