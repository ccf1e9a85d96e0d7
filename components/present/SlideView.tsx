'use client';
/**
 * One slide, drawn the same everywhere: on the stage, in the speaker view's previews, in the
 * overview's thumbnails and on each page of the handout. Every size is in container units of the
 * slide's box, so one layout scales to a projector, a thumbnail or a printed page.
 *
 * The chart is the reading page's own chart component at the step's state (progress 1). On the
 * stage the same chart instance stays mounted from one step of a scrolly to the next, so its marks
 * move the same way as when a reader scrolls (motion, components/charts/motion).
 */
import { useDeferredValue, useMemo, type CSSProperties, type ReactNode } from 'react';
import { AnimatePresence, useIsPresent, useReducedMotion } from 'motion/react';
import * as m from 'motion/react-m';
import { CHARTS } from '@/components/charts';
import type { DeckWords } from '@/content/ui/deck';
import { fill } from '@/lib/i18n/words';
import type { DeckChart, SlideMeta } from './types';
import { CAPTION, CAPTION_MS } from './travel';
import { useShrinkToFit } from './useShrinkToFit';

export function slideLabel(slide: SlideMeta, w: DeckWords): string {
  if (slide.kind === 'title') return fill(w['slide.titleLabel'], { n: slide.chapterNumber, title: slide.chapterTitle });
  if (slide.kind === 'end') return w['slide.endLabel'];
  return fill(w['slide.stepLabel'], { chapter: slide.chapterTitle, n: (slide.step ?? 0) + 1 });
}

export function SlideView({ slide, storyTitle, words, body, chart, upcoming, live = false, direction = 0, morph, morphWhen }: {
  slide: SlideMeta;
  storyTitle: string;
  words: DeckWords;
  body?: ReactNode;
  chart?: DeckChart;
  /** The stage and the speaker's current slide: its graphic carries data-active-step. */
  live?: boolean;
  /**
   * On the stage's chapter title slide: the chart of the chapter's first step, drawn hidden in the
   * place a step slide gives it. Mounting and laying out a chart is the costliest thing a key press
   * can ask for; done while the title is up, the press that reaches the first step only reveals it.
   */
  upcoming?: { chart: DeckChart; scrolly: string; step: string };
  /** On the stage: the way the presenter is going (+1, -1); captions travel that way. 0: no travel. */
  direction?: number;
  /** A layoutId shared with the overview's thumbnail of this slide, so one morphs into the other. */
  morph?: string;
  /**
   * On the stage: what the morph depends on (the overview being open). motion measures a layoutId's
   * box on every render unless told what its layout follows; a key press that changes the slide's
   * content, not its box, then costs no measuring.
   */
  morphWhen?: unknown;
}) {
  const hidden = slide.kind === 'title' && upcoming;
  // One slot for the graphic on both kinds of slide, so React keeps the chart across the title.
  const graphic = slide.kind === 'step' && chart ? { chart, scrolly: slide.scrolly!, step: slide.key }
    : hidden ? { chart: upcoming.chart, scrolly: upcoming.scrolly, step: upcoming.step } : null;
  return (
    <m.div layoutId={morph} layoutDependency={morphWhen} className="slide" data-kind={slide.kind} data-slide={slide.key} data-upcoming={hidden ? '' : undefined}>
      {slide.kind === 'title' && (
        <div className="slide-title">
          <p className="slide-kicker">{fill(words['slide.kicker'], { story: storyTitle, n: slide.chapterNumber })}</p>
          <h2>{slide.chapterTitle}</h2>
          <p className="slide-dek">{slide.description}</p>
        </div>
      )}
      {slide.kind === 'step' && chart && <StepCaption slide={slide} body={body} direction={direction} />}
      {graphic && <StepGraphic slide={slide} live={live} {...graphic} />}
      {slide.kind === 'end' && (
        <div className="slide-title slide-end">
          <h2>{storyTitle}</h2>
          <p className="slide-dek">{slide.description}</p>
          <div className="slide-end-body">{body}</div>
        </div>
      )}
    </m.div>
  );
}

function StepCaption({ slide, body, direction }: { slide: SlideMeta; body?: ReactNode; direction: number }) {
  const reduce = useReducedMotion();
  const d = reduce ? 0 : direction;
  return (
    <>
      <h2 className="slide-kicker">{`${slide.chapterNumber} · ${slide.chapterTitle}`}</h2>
      {/* Keyed by slide: the old caption leaves the way the presenter is going while the new one
          enters from that side. Both sit in the same grid cell, so neither pushes the other. */}
      <AnimatePresence initial={false} custom={d}>
        <Caption key={slide.key} slide={slide} body={body} direction={d} />
      </AnimatePresence>
    </>
  );
}

function Caption({ slide, body, direction }: { slide: SlideMeta; body?: ReactNode; direction: number }) {
  const [captionRef, shrink] = useShrinkToFit(slide.key);
  const present = useIsPresent();
  // Without travel (reduced motion, previews) a leaving caption is gone at once, not for a frame.
  const style = { '--fit': slide.fit * shrink, visibility: !present && !direction ? 'hidden' : undefined } as CSSProperties;
  return (
    <m.div ref={captionRef} className="slide-caption" style={style} data-leaving={present ? undefined : ''} aria-hidden={present ? undefined : true}
      custom={direction} variants={CAPTION} initial="enter" animate="center" exit="leave"
      transition={{ duration: direction ? CAPTION_MS / 1000 : 0, ease: 'easeOut' }}>
      {body}
    </m.div>
  );
}

/** The chart in the slide's right column. Its place in the tree is the same on a title slide that
 * draws it ahead (hidden) and on the step slides, so one instance carries across.
 *
 * The chart follows the step a frame behind the caption (useDeferredValue): a key press paints the
 * new caption at once, and the chart's new state renders in the next, interruptible pass, where it
 * starts the same moves as when reading. data-active-step moves with the chart, so it always names the
 * state that is drawn. */
function StepGraphic({ slide, chart, scrolly, step, live }: { slide: SlideMeta; chart: DeckChart; scrolly: string; step: string; live: boolean }) {
  const ahead = slide.kind !== 'step';
  // The chart and its step id are deferred together: a step id is only drawn by its own chart.
  const shownChart = useDeferredValue(chart);
  const shownScrolly = useDeferredValue(scrolly);
  const shownStep = useDeferredValue(step);
  const shownKey = useDeferredValue(slide.key);
  const Chart = CHARTS[shownChart.chart];
  const drawn = useMemo(() => <Chart data={shownChart.data} copy={shownChart.copy} locale={shownChart.locale} step={shownStep} progress={1} />, [Chart, shownChart, shownStep]);
  return (
    <div className="slide-graphic" aria-hidden={ahead || undefined} data-active-step={live && !ahead ? shownKey : undefined} data-slide-step={ahead ? undefined : slide.key}>
      {/* Keyed by scrolly: a new scrolly draws afresh; steps of the same one animate between states. */}
      <figure key={shownScrolly} className="slide-figure" data-chart={shownChart.chart}>
        {drawn}
      </figure>
    </div>
  );
}
