/**
 * The data room's words for a figure in one edition: the fact's own words (label, measure, period,
 * note, formula, disagreement), its value as the edition prints it, publishers' names and units.
 * English reads the registry as it is, so the English page and files are unchanged; Chinese takes
 * the wording table (content/zh/facts.ts) and the Chinese formatter. Figures are never translated.
 */
import type { Locale } from '@/lib/i18n/locale';
import type { Fact } from '@/lib/registry';
import type { Unit } from '@/lib/registry/schema';
import { formatValue, type Printable } from '@/lib/registry/format';
import { alternativeText } from '@/lib/registry/alternative';
import { factWords } from '@/lib/registry/wording';
import { factWordingZh } from '@/content/zh/facts';
import { publisherZh } from '@/content/zh/sources';
import { seriesLabelZh } from '@/content/zh/series';

export type FactWordsIn = ReturnType<typeof factWords>;
type Alternative = Extract<Fact['status'], { kind: 'differ' }>['alternatives'][number];

export function wordsOf(fact: Fact, locale: Locale): FactWordsIn {
  return factWords(fact, locale, factWordingZh);
}

const MONEY = new Set<Unit>(['RMB', 'USD', 'HKD']);
/**
 * Chinese tables say a loss in words (亏损18亿元 reads as the press prints it, −18亿元 does not);
 * only money has a loss: a negative margin stays −5%.
 */
const lossInWords = (p: Printable) => typeof p.value === 'number' && p.value < 0 && MONEY.has(p.unit);

/** The value as the edition prints it. English is the registry's own `text` (the same formatter). */
export function valueText(p: Printable, locale: Locale): string {
  if (locale === 'en') return formatValue(p);
  return formatValue(p, { locale, signWords: lossInWords(p) });
}

export function alternativeIn(fact: Fact, alt: Alternative, locale: Locale): string {
  if (locale === 'en') return alternativeText(fact, alt);
  const unit = alt.unit ?? fact.unit;
  return alternativeText(fact, alt, { locale, signWords: typeof alt.value === 'number' && alt.value < 0 && MONEY.has(unit) });
}

/** A publisher's usual name in the edition; one without an established Chinese name stays as it is. */
export function publisherIn(publisher: string, locale: Locale): string {
  return locale === 'zh' ? (publisherZh[publisher] ?? publisher) : publisher;
}

/** A registry series' label in the edition (a fact list's label is its machine key and stays). */
export function seriesLabelIn(id: string, label: string, locale: Locale): string {
  return locale === 'zh' ? (seriesLabelZh[id] ?? label) : label;
}

const UNIT_ZH: Record<Unit, string> = {
  RMB: '元', USD: '美元', HKD: '港元', '%': '%', cars: '辆', years: '年', months: '个月', minutes: '分钟',
  hours: '小时', days: '天', count: '个', date: '日期',
};

/** The unit column of a download: English keeps the registry's codes, Chinese names the unit. */
export function unitIn(unit: Unit, locale: Locale): string {
  return locale === 'zh' ? UNIT_ZH[unit] : unit;
}
