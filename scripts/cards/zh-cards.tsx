/**
 * The Chinese edition's social cards for scripts/social-cards.tsx: the cover and one card per
 * chapter that has a Chinese file, drawn by the same components as the English cards, with a CJK
 * font cut at build time to exactly the characters these cards print (./cjk-font.ts). Inter stays
 * first in the font list, so Latin letters and figures look as they do on the English cards and
 * Satori falls back to the CJK pieces for everything else.
 */
import path from 'node:path';
import type { ReactElement } from 'react';
import { ChapterCard } from '@/components/social/ChapterCard';
import { CoverCard } from '@/components/social/CoverCard';
import type { ChapterInfo } from '@/lib/chapters';
import { COVER_CARD, cardPath } from '@/lib/seo';
import { chapterCardZh, coverCardZh, zhCardText, zhChapters } from '@/lib/social-card-zh';
import { cjkFonts, inRanges, subsetRanges, type CjkFontResult } from './cjk-font';

const INTER_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'inter');

export interface ZhCardJobs { jobs: [ReactElement, string][]; font: CjkFontResult }

export async function zhCardJobs(chapters: ChapterInfo[]): Promise<ZhCardJobs> {
  const zh = zhChapters(chapters);
  const cover = coverCardZh(zh);
  const cards = zh.map(chapterCardZh);
  // Satori keeps one font per family and weight, the first given: Inter's latin file. What its
  // range holds stays Inter's; everything else (latin-ext too) comes from the CJK pieces.
  const inter = subsetRanges(INTER_DIR, ['latin']);
  const font = await cjkFonts(zhCardText(cover, cards), { weights: [400, 700, 800], covered: (cp) => inRanges(cp, inter) });
  return {
    jobs: [
      [<CoverCard key="zh-cover" card={cover} />, cardPath(COVER_CARD, 'zh')],
      ...cards.map((card, i): [ReactElement, string] => [<ChapterCard key={`zh-${zh[i].chapter.slug}`} card={card} />, cardPath(zh[i].chapter.slug, 'zh')]),
    ],
    font,
  };
}
