/**
 * What the Chinese edition's social cards say: the same card models as lib/social-card.ts, with
 * the words from content/zh/ (chapter frontmatter, fact wording) and every figure, period and date
 * printed by the registry's formatter in Chinese. The bars are the English card's own bars (same
 * chapter, same chart data); only their labels change language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { factWordingZh } from '@/content/zh/facts';
import { asOfParts } from '@/lib/as-of';
import type { ChapterInfo, Frontmatter } from '@/lib/chapters';
import { chapterDir, readChapterFile, validModel } from '@/lib/chapter-model';
import { localePath } from '@/lib/i18n/locale';
import { getFact } from '@/lib/registry';
import { formatDate, formatPeriod, formatValue } from '@/lib/registry/format';
import type { FactWording } from '@/lib/registry/wording';
import { cardChart, type CardChart, type ChapterCardModel, type CoverCardModel } from '@/lib/social-card';
import { CARD_WORDS_ZH as W } from '@/lib/social-card-words';
import { absolute } from '@/lib/site';

export const ZH_CHAPTER_DIR = chapterDir('zh');
const STORY_ZH = storyZh;

/** A Chinese chapter: the English chapter's structure with the Chinese file's frontmatter. */
export interface ZhChapter { chapter: ChapterInfo; frontmatter: Frontmatter }

/** The Chinese frontmatter of a chapter, from the chapter model (the same parse the pages use); null if no Chinese file. */
export function zhFrontmatter(slug: string, dir = ZH_CHAPTER_DIR): Frontmatter | null {
  const file = path.join(dir, `${slug}.mdx`);
  if (!fs.existsSync(file)) return null;
  return validModel(readChapterFile(file, slug, 'zh')).frontmatter;
}

/** The written chapters that have a Chinese file, in story order. */
export function zhChapters(chapters: ChapterInfo[], dir = ZH_CHAPTER_DIR): ZhChapter[] {
  return chapters.flatMap((chapter) => {
    const frontmatter = zhFrontmatter(chapter.slug, dir);
    return frontmatter ? [{ chapter, frontmatter }] : [];
  });
}

/** A fact's Chinese words, when content/zh/facts.ts has them (the wording check makes it total at build). */
function words(id: string): FactWording | undefined {
  return factWordingZh[id];
}

const zhAddress = (sitePath: string) => absolute(localePath(sitePath, 'zh')).replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The English card's bars with Chinese labels: a period in Chinese, or the fact's Chinese label. */
export function zhChart(chart: CardChart | null): CardChart | null {
  if (!chart) return null;
  const facts = chart.bars.map((b) => getFact(b.factId));
  const isSeries = chart.bars.every((b, i) => b.label === facts[i].period);
  const bars = chart.bars.map((b, i) => ({
    ...b,
    label: isSeries ? formatPeriod(b.label, 'zh', words(b.factId)?.period) : (words(b.factId)?.label ?? b.label),
  }));
  const unit = W.unit[facts[0].unit];
  // A series is one measure over time: name it after its highlighted (or first) figure's label.
  const named = facts.find((_, i) => chart.bars[i].highlight) ?? facts[0];
  const name = isSeries ? words(named.id)?.label : undefined;
  return { caption: [name, unit && `单位：${unit}`].filter(Boolean).join(W.separator), bars };
}

export function chapterCardZh({ chapter, frontmatter }: ZhChapter): ChapterCardModel {
  const fact = getFact(frontmatter.headlineFact);
  const w = words(fact.id);
  const n = story.chapters.indexOf(chapter.slug) + 1;
  return {
    kicker: `${STORY_ZH.title}${W.separator}${W.chapterOf(n, story.chapters.length)}`,
    title: frontmatter.title,
    figure: formatValue(fact, { locale: 'zh' }),
    figureCaption: `${frontmatter.headlineCaption ?? w?.label ?? fact.label}${W.periodJoin}${formatPeriod(fact.period, 'zh', w?.period)}`,
    chart: zhChart(cardChart(chapter)),
    address: zhAddress(`/${chapter.slug}`),
  };
}

export function coverCardZh(chapters: ZhChapter[]): CoverCardModel {
  return {
    title: STORY_ZH.title,
    subtitle: STORY_ZH.subtitle,
    kicker: W.coverKicker(story.chapters.length),
    chapters: chapters.map(({ chapter, frontmatter }) => ({ number: story.chapters.indexOf(chapter.slug) + 1, title: frontmatter.title })),
    asOf: W.asOf(formatPeriod(asOfParts().newest, 'zh'), formatDate(story.figuresAsOf, 'zh')),
    address: zhAddress('/'),
  };
}

/** Every word the Chinese cards print, for the font subset: it must hold each of their characters. */
export function zhCardText(cover: CoverCardModel, cards: ChapterCardModel[]): string {
  const chapter = (c: ChapterCardModel) => [c.kicker, c.title, c.figure, c.figureCaption, c.address, c.chart?.caption ?? '', ...(c.chart?.bars.map((b) => b.label) ?? [])];
  return [cover.title, cover.subtitle, cover.kicker, cover.asOf, cover.address, ...cover.chapters.map((c) => `${c.number} ${c.title}`), ...cards.flatMap(chapter)].join('\n');
}
