'use client';
/**
 * One slide, drawn the same everywhere: on the stage, in the speaker view's previews, in the
 * overview's thumbnails and on each page of the handout. Every size is in container units of the
 * slide's box, so one layout scales to a projector, a thumbnail or a printed page.
 *
 * The chart is the reading page's own chart component at the step's state (progress 1). On the
 * stage the same chart instance stays mounted from one step of a scrolly to the next, so its marks
 * move by the same CSS transitions as when a reader scrolls.
 */
import { useDeferredValue, useMemo, type CSSProperties, type ReactNode } from 'react';
import { CHARTS } from '@/components/charts';
import type { DeckChart, SlideMeta } from './types';
import { useShrinkToFit } from './useShrinkToFit';

export function slideLabel(slide: SlideMeta): string {
  if (slide.kind === 'title') return `Chapter ${slide.chapterNumber}: ${slide.chapterTitle}`;
  if (slide.kind === 'end') return 'The end';
  return `${slide.chapterTitle}, step ${(slide.step ?? 0) + 1}`;
}

export function SlideView({ slide, storyTitle, body, chart, upcoming, live = false }: {
  slide: SlideMeta;
  storyTitle: string;
  body?: ReactNode;
  chart?: DeckChart;
  /** The stage and the speaker's current slide: its graphic carries data-active-step. */
  live?: boolean;
  /**
   * On the stage's chapter title slide: the chart of the chapter's first step, drawn hidden in the
   * place a step slide gives it. Mounting and laying out a chart is the costliest thing a key press
   * can ask for; done while the title is up, the press that reaches the first step only reveals it.
   */
  upcoming?: { chart: DeckChart; scrolly: string };
}) {
  const hidden = slide.kind === 'title' && upcoming;
  // One slot for the graphic on both kinds of slide, so React keeps the chart across the title.
  const graphic = slide.kind === 'step' && chart ? { chart, scrolly: slide.scrolly!, step: slide.step ?? 0 }
    : hidden ? { chart: upcoming.chart, scrolly: upcoming.scrolly, step: 0 } : null;
  return (
    <div className="slide" data-kind={slide.kind} data-slide={slide.key} data-upcoming={hidden ? '' : undefined}>
      {slide.kind === 'title' && (
        <div className="slide-title">
          <p className="slide-kicker">{`${storyTitle} · Chapter ${slide.chapterNumber}`}</p>
          <h2>{slide.chapterTitle}</h2>
          <p className="slide-dek">{slide.description}</p>
        </div>
      )}
      {slide.kind === 'step' && chart && <StepCaption slide={slide} body={body} />}
      {graphic && <StepGraphic slide={slide} live={live} {...graphic} />}
      {slide.kind === 'end' && (
        <div className="slide-title slide-end">
          <h2>{storyTitle}</h2>
          <p className="slide-dek">{slide.description}</p>
          <div className="slide-end-body">{body}</div>
        </div>
      )}
    </div>
  );
}

function StepCaption({ slide, body }: { slide: SlideMeta; body?: ReactNode }) {
  const [captionRef, shrink] = useShrinkToFit(slide.key);
  const style = { '--fit': slide.fit * shrink } as CSSProperties;
  return (
    <>
      <h2 className="slide-kicker">{`${slide.chapterNumber} · ${slide.chapterTitle}`}</h2>
      {/* Keyed by slide, so each new caption enters with its own short fade. */}
      <div ref={captionRef} key={slide.key} className="slide-caption" style={style}>
        {body}
      </div>
    </>
  );
}

/** The chart in the slide's right column. Its place in the tree is the same on a title slide that
 * draws it ahead (hidden) and on the step slides, so one instance carries across.
 *
 * The chart follows the step a frame behind the caption (useDeferredValue): a key press paints the
 * new caption at once, and the chart's new state renders in the next, interruptible pass, where it
 * starts the same CSS transitions. data-active-step moves with the chart, so it always names the
 * state that is drawn. */
function StepGraphic({ slide, chart, scrolly, step, live }: { slide: SlideMeta; chart: DeckChart; scrolly: string; step: number; live: boolean }) {
  const Chart = CHARTS[chart.chart];
  const ahead = slide.kind !== 'step';
  const shownStep = useDeferredValue(step);
  const shownKey = useDeferredValue(slide.key);
  const drawn = useMemo(() => <Chart data={chart.data} step={shownStep} progress={1} />, [Chart, chart.data, shownStep]);
  return (
    <div className="slide-graphic" aria-hidden={ahead || undefined} data-active-step={live && !ahead ? shownKey : undefined} data-slide-step={ahead ? undefined : slide.key}>
      {/* Keyed by scrolly: a new scrolly draws afresh; steps of the same one animate between states. */}
      <figure key={scrolly} className="slide-figure" data-chart={chart.chart}>
        {drawn}
      </figure>
    </div>
  );
}
