/**
 * What a chapter's social card says, worked out from the registry: the chapter's headline figure
 * and the numbers of a small bar chart taken from the chapter's own chart data. Pure data, so it
 * is unit-tested; components/social/ draws it and scripts/social-cards.tsx renders it to PNG.
 */
import { chartData } from '@/lib/charts/resolve';
import type { ChartData, ChartSeries as Series } from '@/lib/charts/types';
import { story } from '@/content/story';
import type { ChapterInfo } from '@/lib/chapters';
import { getFact } from '@/lib/registry';
import { formatDate } from '@/lib/registry/format';
import { asOfParts } from '@/lib/as-of';
import { chapterUrl } from '@/lib/seo';
import { absolute } from '@/lib/site';

export interface CardBar { factId: string; label: string; value: number; highlight: boolean }
export interface CardChart { caption: string; bars: CardBar[] }
export interface ChapterCardModel {
  kicker: string;
  title: string;
  figure: string;
  figureCaption: string;
  chart: CardChart | null;
  address: string;
}
export interface CoverCardModel { title: string; subtitle: string; kicker: string; chapters: { number: number; title: string }[]; asOf: string; address: string }

/** A run of numbers in one unit that the card can draw as bars. */
interface Candidate { caption: string; points: { factId: string; label: string; value: number }[] }

const isSeries = (s: ChartData[string]): s is Series => !('kind' in s && s.kind === 'list');

function candidates(data: ChartData): Candidate[] {
  const out: Candidate[] = [];
  for (const s of Object.values(data)) {
    if (isSeries(s)) {
      out.push({ caption: `${s.label} · ${s.unit}`, points: s.points.map((p) => ({ factId: p.factId, label: p.period, value: p.value })) });
      continue;
    }
    // A hand-picked list is drawable only when every entry is a number in the same unit.
    const facts = s.points.map((p) => getFact(p.factId));
    const units = new Set(facts.map((f) => f.unit));
    if (units.size !== 1 || facts.some((f) => typeof f.value !== 'number')) continue;
    out.push({
      caption: `${s.label} · ${facts[0].unit}`,
      points: facts.map((f) => ({ factId: f.id, label: f.label, value: f.value as number })),
    });
  }
  return out.filter((c) => c.points.length >= 2);
}

/**
 * The bars for a chapter's card: the data that holds the headline figure if a chart of the
 * chapter draws it, else the first drawable data of the chapter's first chart; null for a chapter
 * without a chart.
 */
export function cardChart(chapter: ChapterInfo): CardChart | null {
  const charts = [...new Set(chapter.scrollies.map((s) => s.chart))];
  const all = charts.flatMap((name) => candidates(chartData(name).data));
  const headline = chapter.frontmatter.headlineFact;
  const chosen = all.find((c) => c.points.some((p) => p.factId === headline)) ?? all[0];
  if (!chosen) return null;
  return { caption: chosen.caption, bars: chosen.points.map((p) => ({ ...p, highlight: p.factId === headline })) };
}

/** The address as a reader will see it under the card, without the scheme. */
function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function chapterCard(chapter: ChapterInfo): ChapterCardModel {
  const fact = getFact(chapter.frontmatter.headlineFact);
  const n = story.chapters.indexOf(chapter.slug) + 1;
  return {
    kicker: `${story.title} · Chapter ${n} of ${story.chapters.length}`,
    title: chapter.frontmatter.title,
    figure: fact.text,
    figureCaption: `${chapter.frontmatter.headlineCaption ?? fact.label}, ${fact.period}`,
    chart: cardChart(chapter),
    address: displayAddress(chapterUrl(chapter)),
  };
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function coverCard(chapters: ChapterInfo[]): CoverCardModel {
  return {
    title: story.title,
    subtitle: story.subtitle,
    kicker: `A data story in ${COUNT_WORDS[story.chapters.length] ?? story.chapters.length} chapters`,
    chapters: chapters.map((c) => ({ number: story.chapters.indexOf(c.slug) + 1, title: c.frontmatter.title })),
    asOf: `Newest figures ${asOfParts().newest} · checked ${formatDate(story.figuresAsOf)}`,
    address: displayAddress(absolute('/')),
  };
}
