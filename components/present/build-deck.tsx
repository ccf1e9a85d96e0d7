/**
 * Server side: the deck's slides, read from the chapter model (lib/chapter-model): each scrolly
 * gives its chart, each step a slide whose caption is the step's first paragraph, the rest of its
 * text and its notes going to the speaker. Prose outside the scrollies stays on the reading page;
 * the chapter's title slide uses its frontmatter.
 *
 * Why the captions are rendered from the model's syntax nodes and not from the chapter's MDX
 * module: the structure (which steps, which chart, what is a note) must come from the one parse
 * the content gate checked, and the only way to get per-step React content out of a compiled MDX
 * module is to walk the element tree it returns (a second reader of the structure) or to render
 * it (react-dom/server is not allowed in a server component). The step's own nodes, rendered by
 * the mdast-to-hast step MDX's compiler uses with the same <Fact> and <Term>, give the same
 * markup and are keyed by the model's step ids by construction.
 */
import { Fragment, type ReactNode } from 'react';
import type { Nodes, RootContent } from 'mdast';
import { chartData } from '@/lib/charts/resolve';
import { Fact } from '@/components/story/Fact';
import { Term } from '@/components/story/Term';
import { story } from '@/content/story';
import { writtenChapters, type ChapterInfo } from '@/lib/chapters';
import { isElement, stepNodes } from '@/lib/chapter-model';
import { renderNodes } from '@/lib/chapter-model/render';
import { asOfSentence } from '@/lib/as-of';
import { SITE_URL } from '@/lib/site';
import type { DeckChart, SlideMeta, SpeakerContent } from './types';

// Notes inside a paragraph print nothing there, as on the reading page; stepNodes() gives them apart.
const COMPONENTS = { Fact, Term, Notes: () => null };
const render = (nodes: readonly RootContent[]): ReactNode => renderNodes(nodes, COMPONENTS);

/** Text length of a caption, counting a figure as a dozen characters: enough to size its type. */
export function textLength(nodes: readonly Nodes[]): number {
  let n = 0;
  for (const node of nodes) {
    if (isElement(node, 'Fact')) n += 12;
    else if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) n += node.value.length;
    else if ('children' in node) n += textLength(node.children as Nodes[]);
  }
  return n;
}

/** Captions up to this many characters print at full size; longer ones shrink so their area fits. */
const CAPTION_BUDGET = 420;
export function captionFit(length: number): number {
  const fit = length <= CAPTION_BUDGET ? 1 : Math.sqrt(CAPTION_BUDGET / length);
  return Math.max(0.6, Math.round(fit * 100) / 100);
}

/** Keys name slides in URLs, so a step id that equals a chapter slug or "end" would be ambiguous. */
function checkKeys(slides: SlideMeta[]): void {
  const seen = new Map<string, SlideMeta>();
  for (const s of slides) {
    const other = seen.get(s.key);
    if (other) throw new Error(`Deck: slide "${s.key}" (${s.kind} in ${s.chapter || 'the end'}) has the same URL name as a ${other.kind} slide in ${other.chapter || 'the end'}; rename the step`);
    seen.set(s.key, s);
  }
}

function chapterSlides(chapter: ChapterInfo, out: SpeakerContent): void {
  const chapterNumber = story.chapters.indexOf(chapter.slug) + 1;
  const common = { chapter: chapter.slug, chapterNumber, chapterTitle: chapter.frontmatter.title };
  out.slides.push({ ...common, key: chapter.slug, kind: 'title', description: chapter.frontmatter.description, fit: 1, readingHref: `/${chapter.slug}` });
  out.bodies.push(null);
  out.notes.push(null);
  out.more.push(null);

  chapter.scrollies.forEach((scrolly, s) => {
    const scrollyKey = `${chapter.slug}/${s}`;
    const { name, data, copy, locale } = chartData(scrolly.chart);
    out.charts[scrollyKey] = { chart: name, data, copy, locale } satisfies DeckChart;
    scrolly.steps.forEach((step, i) => {
      const { blocks, notes } = stepNodes(step);
      const [caption, ...rest] = blocks;
      out.slides.push({
        ...common,
        key: step.id,
        kind: 'step',
        scrolly: scrollyKey,
        step: i,
        fit: captionFit(caption ? textLength([caption]) : 0),
        readingHref: `/${chapter.slug}#${step.id}`,
      });
      out.bodies.push(caption ? render([caption]) : null);
      out.notes.push(notes.length ? render(notes) : null);
      out.more.push(rest.length ? rest.map((b, n) => <Fragment key={n}>{render([b])}</Fragment>) : null);
    });
  });
}

/** The whole story as slides: each written chapter's title slide and steps, then an end slide. */
export async function buildSpeakerDeck(): Promise<SpeakerContent> {
  const out: SpeakerContent = { storyTitle: story.title, slides: [], charts: {}, bodies: [], notes: [], more: [] };
  for (const chapter of writtenChapters()) chapterSlides(chapter, out);
  const site = SITE_URL.replace(/^https?:\/\//, '');
  out.slides.push({ key: 'end', kind: 'end', chapter: '', chapterNumber: 0, chapterTitle: story.title, description: story.subtitle, fit: 1, readingHref: '/' });
  out.bodies.push(
    <>
      <p>Every figure in this talk, with its sources, is in the data room: <a href="/data">{`${site}/data`}</a></p>
      <p>{asOfSentence()}</p>
    </>,
  );
  out.notes.push(null);
  out.more.push(null);
  checkKeys(out.slides);
  return out;
}

/** The audience's deck: the same slides without notes, which never reach the audience window. */
export async function buildDeck() {
  const { notes: _notes, more: _more, ...deck } = await buildSpeakerDeck();
  return deck;
}

/** Where the deck opens when its URL has no slide: the first slide, or the named chapter's title. */
export function startOf(slides: SlideMeta[], chapter?: string): number {
  return chapter ? Math.max(0, slides.findIndex((s) => s.kind === 'title' && s.chapter === chapter)) : 0;
}
