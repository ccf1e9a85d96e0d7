import { describe, expect, it } from 'vitest';
import { chartData } from '@/lib/charts/resolve';
import { story } from '@/content/story';
import { writtenChapters, type ChapterInfo } from '@/lib/chapters';
import { getFact } from '@/lib/registry';
import { cardChart, chapterCard, coverCard } from './social-card';

const chapters = writtenChapters();

describe('chapter cards', () => {
  it.each(chapters.map((c) => [c.slug, c] as const))('%s: prints the headline figure as the registry formats it', (_slug, chapter) => {
    const card = chapterCard(chapter);
    const fact = getFact(chapter.frontmatter.headlineFact);
    expect(card.title).toBe(chapter.frontmatter.title);
    expect(card.figure).toBe(fact.text);
    expect(card.figureCaption).toBe(`${chapter.frontmatter.headlineCaption ?? fact.label}, ${fact.period}`);
    expect(card.kicker).toContain(`Chapter ${story.chapters.indexOf(chapter.slug) + 1} of ${story.chapters.length}`);
  });

  it.each(chapters.filter((c) => c.scrollies.length).map((c) => [c.slug, c] as const))('%s: draws bars from its own chart\'s data', (_slug, chapter) => {
    const chart = cardChart(chapter)!;
    expect(chart.bars.length).toBeGreaterThanOrEqual(2);
    // Every bar is a figure of one of the chapter's charts, with the registry's value.
    const drawn = new Set(chapter.scrollies.flatMap((s) => Object.values(chartData(s.chart).data).flatMap((d) => d.points.map((p) => p.factId))));
    for (const b of chart.bars) {
      expect(drawn.has(b.factId), b.factId).toBe(true);
      expect(b.value).toBe(getFact(b.factId).value);
    }
  });
});

describe('the loss-per-car card', () => {
  it('says what the segment\'s loss works out at per car, not that Xiaomi lost it on each car', () => {
    const card = chapterCard(chapters.find((c) => c.slug === 'loss-per-car')!);
    expect(card.figureCaption).toMatch(/^The segment's loss works out at this per car delivered \(derived\), Q2 2024$/);
    expect(`${card.figure} ${card.figureCaption}`).not.toMatch(/\blost\b/);
  });

  it('shows the newest period and the research date apart on the cover card', () => {
    expect(coverCard(chapters).asOf).toMatch(/^Newest figures Q\d \d{4} · checked \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe('the choice of bars', () => {
  const base = chapters.find((c) => c.scrollies.some((s) => s.chart === 'loss-per-car'))!;
  const withHeadline = (headlineFact: string): ChapterInfo => ({ ...base, frontmatter: { ...base.frontmatter, headlineFact } });

  it('takes the series that holds the headline figure and marks its bar', () => {
    const chart = cardChart(withHeadline('deliveries-2024q3'))!;
    expect(chart.caption).toMatch(/^Deliveries/);
    expect(chart.bars.filter((b) => b.highlight).map((b) => b.factId)).toEqual(['deliveries-2024q3']);
  });

  it('falls back to the chart\'s first series, with no bar marked, when the headline is not drawn', () => {
    const first = Object.values(chartData('loss-per-car').data)[0];
    const chart = cardChart(withHeadline('asp-2024q2'))!;
    expect(chart.bars.map((b) => b.factId)).toEqual(first.points.map((p) => p.factId));
    expect(chart.bars.some((b) => b.highlight)).toBe(false);
  });

  it('draws nothing for a chapter without a chart', () => {
    expect(cardChart({ ...base, scrollies: [] })).toBeNull();
  });
});

describe('cover card', () => {
  it('lists the written chapters with their numbers in the story', () => {
    const card = coverCard(chapters);
    expect(card.title).toBe(story.title);
    expect(card.chapters).toEqual(chapters.map((c) => ({ number: story.chapters.indexOf(c.slug) + 1, title: c.frontmatter.title })));
  });
});
