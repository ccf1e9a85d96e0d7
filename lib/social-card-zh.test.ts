import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { story } from '@/content/story';
import { writtenChapters } from '@/lib/chapters';
import { getFact } from '@/lib/registry';
import { formatPeriod, formatValue } from '@/lib/registry/format';
import { cardPath } from '@/lib/seo';
import { cardChart } from '@/lib/social-card';
import { chapterCardZh, coverCardZh, zhCardText, zhChapters, zhFrontmatter } from './social-card-zh';

// A Chinese chapter file of our own, so the test does not depend on which translations exist yet.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-cards-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const english = writtenChapters();
const lossPerCar = english.find((c) => c.slug === 'loss-per-car')!;
fs.writeFileSync(
  path.join(dir, 'loss-per-car.mdx'),
  `---\ntitle: 每辆车亏多少\ndescription: "小米每交付一辆车亏多少钱？本章逐季计算汽车所在分部的亏损折合到每辆车是多少。"\nsummary: 汽车所在分部的亏损折合到每辆车是多少，逐季来看。\nheadlineFact: ${lossPerCar.frontmatter.headlineFact}\nheadlineCaption: 分部亏损按交付量折合到每辆车（我们自己计算）\n---\n正文\n`,
);

describe('Chinese social cards', () => {
  const zh = zhChapters(english, dir);

  it('are made for the chapters that have a Chinese file, with its frontmatter', () => {
    expect(zh.map((z) => z.chapter.slug)).toEqual(['loss-per-car']);
    expect(zhFrontmatter('the-bet', dir)).toBeNull();
  });

  it('print the headline figure and its period in Chinese, and the chapter number in Chinese words', () => {
    const card = chapterCardZh(zh[0]);
    const fact = getFact(lossPerCar.frontmatter.headlineFact);
    expect(card.title).toBe('每辆车亏多少');
    expect(card.figure).toBe(formatValue(fact, { locale: 'zh' }));
    expect(card.figure).toMatch(/万元$/);
    expect(card.figureCaption).toBe(`分部亏损按交付量折合到每辆车（我们自己计算），${formatPeriod(fact.period, 'zh')}`);
    expect(card.kicker).toContain(`第${story.chapters.indexOf('loss-per-car') + 1}章 / 共${story.chapters.length}章`);
    expect(card.address).toMatch(/\/zh\/loss-per-car$/);
  });

  it('draw the English card\'s bars, labelled with Chinese periods', () => {
    const en = cardChart(lossPerCar)!;
    const bars = chapterCardZh(zh[0]).chart!.bars;
    expect(bars.map((b) => [b.factId, b.value, b.highlight])).toEqual(en.bars.map((b) => [b.factId, b.value, b.highlight]));
    expect(bars[0].label).toBe(formatPeriod(en.bars[0].label, 'zh'));
    expect(bars[0].label).toMatch(/^\d{4}年第.季度$/);
  });

  it('list the Chinese chapters on the cover, and hand the font every word they print', () => {
    const cover = coverCardZh(zh);
    expect(cover.chapters).toEqual([{ number: story.chapters.indexOf('loss-per-car') + 1, title: '每辆车亏多少' }]);
    expect(cover.asOf).toMatch(/^数据截至\d{4}年/);
    const text = zhCardText(cover, [chapterCardZh(zh[0])]);
    for (const part of [cover.title, cover.kicker, cover.asOf, '每辆车亏多少', chapterCardZh(zh[0]).figure]) expect(text).toContain(part);
  });

  it('sit in /og/zh/ while the English paths stay as they were', () => {
    expect(cardPath('the-bet')).toBe('/og/the-bet.png');
    expect(cardPath('the-bet', 'en')).toBe('/og/the-bet.png');
    expect(cardPath('the-bet', 'zh')).toBe('/og/zh/the-bet.png');
  });
});
