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
 *
 * Editions: the Chinese deck reads content/zh/chapters (same slugs and step ids, so a slide's URL
 * names the same slide in both), prints its figures and terms through <Fact>/<Term> in Chinese and
 * takes its charts' Chinese copy.
 */
import { Fragment, type ReactNode } from 'react';
import type { Nodes, RootContent } from 'mdast';
import { chartData } from '@/lib/charts/resolve';
import { Fact } from '@/components/story/Fact';
import { Term } from '@/components/story/Term';
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { deckWords } from '@/content/ui/deck';
import { metaWords } from '@/content/ui/meta';
import { siteWords } from '@/content/ui/site';
import { chapterModels, isElement, stepNodes, type ChapterModel } from '@/lib/chapter-model';
import { renderNodes } from '@/lib/chapter-model/render';
import { asOfSentence, newestPeriod } from '@/lib/as-of';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { formatDate, formatPeriod } from '@/lib/registry/format';
import { SITE_URL } from '@/lib/site';
import type { DeckChart, SlideMeta, SpeakerContent } from './types';

type Render = (nodes: readonly RootContent[]) => ReactNode;

/** The step's syntax nodes as React, figures and terms in the edition's language. */
function renderer(locale: Locale): Render {
  // Notes inside a paragraph print nothing there, as on the reading page; stepNodes() gives them apart.
  const components = {
    Fact: (props: Parameters<typeof Fact>[0]) => <Fact {...props} locale={locale} />,
    Term: (props: Parameters<typeof Term>[0]) => <Term {...props} locale={locale} />,
    Notes: () => null,
  };
  return (nodes) => renderNodes(nodes, components);
}

/** The deck's closing lines under its end slide: where the figures are, and how current they are. */
function endBody(locale: Locale): ReactNode {
  const site = SITE_URL.replace(/^https?:\/\//, '');
  const data = localePath('/data', locale);
  const asOf = locale === 'en' ? asOfSentence() : fill(wordsFor(metaWords, locale)['asOf.sentence'], { newest: formatPeriod(newestPeriod(), locale), checked: formatDate(story.figuresAsOf, locale) });
  const pieces = fill(wordsFor(deckWords, locale)['end.dataRoom'], { link: <a href={data}>{`${site}${data}`}</a> });
  return (
    <>
      <p>{pieces.map((p, i) => <Fragment key={i}>{p}</Fragment>)}</p>
      <p>{asOf}</p>
    </>
  );
}

/** Chinese characters and full-width punctuation: each takes about the width of two Latin letters. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;

/**
 * Text length of a caption in Latin-letter widths, counting a figure as a dozen characters and a
 * Chinese character as two: enough to size its type in either edition.
 */
export function textLength(nodes: readonly Nodes[]): number {
  let n = 0;
  for (const node of nodes) {
    if (isElement(node, 'Fact')) n += 12;
    else if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) n += node.value.length + (node.value.match(WIDE)?.length ?? 0);
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

function chapterSlides(chapter: ChapterModel<(typeof story.chapters)[number]>, out: SpeakerContent, render: Render): void {
  const chapterNumber = story.chapters.indexOf(chapter.slug) + 1;
  const common = { chapter: chapter.slug, chapterNumber, chapterTitle: chapter.frontmatter.title };
  const reading = localePath(`/${chapter.slug}`, out.locale);
  out.slides.push({ ...common, key: chapter.slug, kind: 'title', description: chapter.frontmatter.description, fit: 1, readingHref: reading });
  out.bodies.push(null);
  out.notes.push(null);
  out.more.push(null);

  chapter.scrollies.forEach((scrolly, s) => {
    const scrollyKey = `${chapter.slug}/${s}`;
    const { name, data, copy, locale } = chartData(scrolly.chart, out.locale);
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
        readingHref: `${reading}#${step.id}`,
      });
      out.bodies.push(caption ? render([caption]) : null);
      out.notes.push(notes.length ? render(notes) : null);
      out.more.push(rest.length ? rest.map((b, n) => <Fragment key={n}>{render([b])}</Fragment>) : null);
    });
  });
}

/** The whole story as slides: each written chapter's title slide and steps, then an end slide. */
export async function buildSpeakerDeck(locale: Locale = 'en'): Promise<SpeakerContent> {
  const cover = locale === 'zh' ? storyZh : story;
  const site = wordsFor(siteWords, locale);
  const language = { text: site['language.switch'], name: site['language.switchName'] };
  const out: SpeakerContent = { locale, words: wordsFor(deckWords, locale), language, storyTitle: cover.title, slides: [], charts: {}, bodies: [], notes: [], more: [] };
  const render = renderer(locale);
  for (const chapter of chapterModels(locale)) chapterSlides(chapter, out, render);
  out.slides.push({ key: 'end', kind: 'end', chapter: '', chapterNumber: 0, chapterTitle: cover.title, description: cover.subtitle, fit: 1, readingHref: localePath('/', locale) });
  out.bodies.push(endBody(locale));
  out.notes.push(null);
  out.more.push(null);
  checkKeys(out.slides);
  return out;
}

/** The audience's deck: the same slides without notes, which never reach the audience window. */
export async function buildDeck(locale: Locale = 'en') {
  const { notes: _notes, more: _more, ...deck } = await buildSpeakerDeck(locale);
  return deck;
}

/** Where the deck opens when its URL has no slide: the first slide, or the named chapter's title. */
export function startOf(slides: SlideMeta[], chapter?: string): number {
  return chapter ? Math.max(0, slides.findIndex((s) => s.kind === 'title' && s.chapter === chapter)) : 0;
}
