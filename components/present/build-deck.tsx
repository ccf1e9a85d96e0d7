/**
 * Server side: the deck's slides, read from the same MDX modules the reading pages render.
 *
 * A chapter module's default export takes a `components` map; here it gets marker components in
 * place of Scrolly, Step and Notes, and the element tree it returns is walked (never rendered):
 * each <Scrolly> gives its chart, each <Step> a slide whose caption is the step's first paragraph
 * (Facts and all, rendered by the same <Fact>), and each <Notes> the speaker's notes. Prose outside
 * the scrollies stays on the reading page; the chapter's title slide uses its frontmatter.
 */
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { MDXProps } from 'mdx/types';
import { chartData } from '@/lib/charts/resolve';
import { Fact } from '@/components/story/Fact';
import { Term } from '@/components/story/Term';
import { story } from '@/content/story';
import { writtenChapters, type ChapterInfo } from '@/lib/chapters';
import { asOfSentence } from '@/lib/as-of';
import { SITE_URL } from '@/lib/site';
import type { DeckChart, SlideMeta, SpeakerContent } from './types';

type Props = { children?: ReactNode };
function ScrollyMarker(_: Props & { chart: string }): null {
  return null;
}
function StepMarker(_: Props & { id: string }): null {
  return null;
}
function NotesMarker(_: Props): null {
  return null;
}
const MARKERS = { Scrolly: ScrollyMarker, Step: StepMarker, Notes: NotesMarker, Fact, Term };

type Marker = typeof ScrollyMarker | typeof StepMarker | typeof NotesMarker;

/** Every element of `type` in a tree, outermost first, without looking inside the ones found. */
export function findAll<P>(node: ReactNode, type: Marker): ReactElement<P>[] {
  const found: ReactElement<P>[] = [];
  const visit = (n: ReactNode) =>
    Children.forEach(n, (child) => {
      if (!isValidElement<Props>(child)) return;
      if (child.type === type) found.push(child as ReactElement<P>);
      else visit(child.props.children);
    });
  visit(node);
  return found;
}

/** Text length of a caption, counting a figure as a dozen characters: enough to size its type. */
export function textLength(node: ReactNode): number {
  let n = 0;
  Children.forEach(node, (child) => {
    if (typeof child === 'string' || typeof child === 'number') n += String(child).length;
    else if (isValidElement<Props>(child)) n += child.type === Fact ? 12 : textLength(child.props.children);
  });
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

async function chapterSlides(chapter: ChapterInfo, out: SpeakerContent): Promise<void> {
  const { default: Content } = (await import(`@/content/chapters/${chapter.slug}.mdx`)) as { default: (p: MDXProps) => ReactNode };
  const chapterNumber = story.chapters.indexOf(chapter.slug) + 1;
  const common = { chapter: chapter.slug, chapterNumber, chapterTitle: chapter.frontmatter.title };
  out.slides.push({ ...common, key: chapter.slug, kind: 'title', description: chapter.frontmatter.description, fit: 1, readingHref: `/${chapter.slug}` });
  out.bodies.push(null);
  out.notes.push(null);
  out.more.push(null);

  const tree = Content({ components: MARKERS });
  findAll<Props & { chart: string }>(tree, ScrollyMarker).forEach((scrolly, s) => {
    const scrollyKey = `${chapter.slug}/${s}`;
    const { name, data, copy, locale } = chartData(scrolly.props.chart);
    out.charts[scrollyKey] = { chart: name, data, copy, locale } satisfies DeckChart;
    findAll<Props & { id: string }>(scrolly.props.children, StepMarker).forEach((step, i) => {
      const parts = Children.toArray(step.props.children).filter((c) => isValidElement(c) || (typeof c === 'string' && c.trim()));
      const notes = parts.filter((c) => isValidElement(c) && c.type === NotesMarker) as ReactElement<Props>[];
      const text = parts.filter((c) => !(isValidElement(c) && c.type === NotesMarker));
      const [caption, ...rest] = text;
      out.slides.push({
        ...common,
        key: step.props.id,
        kind: 'step',
        scrolly: scrollyKey,
        step: i,
        fit: captionFit(textLength(caption)),
        readingHref: `/${chapter.slug}#${step.props.id}`,
      });
      out.bodies.push(caption ?? null);
      out.notes.push(notes.length ? Children.toArray(notes.map((n) => n.props.children)) : null);
      out.more.push(rest.length ? rest : null);
    });
  });
}

/** The whole story as slides: each written chapter's title slide and steps, then an end slide. */
export async function buildSpeakerDeck(): Promise<SpeakerContent> {
  const out: SpeakerContent = { storyTitle: story.title, slides: [], charts: {}, bodies: [], notes: [], more: [] };
  for (const chapter of writtenChapters()) await chapterSlides(chapter, out);
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
