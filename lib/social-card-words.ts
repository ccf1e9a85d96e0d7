/**
 * The Chinese social cards' own words (everything that is not the story's, a chapter's or a fact's),
 * kept in one typed table so the card code holds no loose Chinese strings. The English cards keep
 * theirs in lib/social-card.ts.
 */
import type { Unit } from '@/lib/registry/schema';

export interface CardWords {
  /** The chapter card's kicker after the story title: 第3章 / 共6章. */
  chapterOf: (n: number, total: number) => string;
  /** The cover card's kicker. */
  coverKicker: (total: number) => string;
  /** The cover card's footer: the newest figures' period and the date the research was checked. */
  asOf: (newest: string, checked: string) => string;
  /** Between the story title and the chapter number, and between a caption's parts. */
  separator: string;
  /** Between the figure's caption and its period. */
  periodJoin: string;
  /** The unit a bar chart's figures are in; none for plain counts. */
  unit: Partial<Record<Unit, string>>;
}

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const CARD_WORDS_ZH: CardWords = {
  chapterOf: (n, total) => `第${n}章 / 共${total}章`,
  coverKicker: (total) => `数据故事 · 共${CHINESE_NUMERALS[total] ?? total}章`,
  asOf: (newest, checked) => `数据截至${newest} · ${checked}核对`,
  separator: ' · ',
  periodJoin: '，',
  unit: { RMB: '元', USD: '美元', HKD: '港元', '%': '%', cars: '辆', years: '年', months: '个月', days: '天', hours: '小时', minutes: '分钟' },
};
