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
import type { CSSProperties, ReactNode } from 'react';
import { CHARTS } from '@/components/charts';
import type { DeckChart, SlideMeta } from './types';
import { useShrinkToFit } from './useShrinkToFit';

export function slideLabel(slide: SlideMeta): string {
  if (slide.kind === 'title') return `Chapter ${slide.chapterNumber}: ${slide.chapterTitle}`;
  if (slide.kind === 'end') return 'The end';
  return `${slide.chapterTitle}, step ${(slide.step ?? 0) + 1}`;
}

export function SlideView({ slide, storyTitle, body, chart, live = false }: {
  slide: SlideMeta;
  storyTitle: string;
  body?: ReactNode;
  chart?: DeckChart;
  /** The stage and the speaker's current slide: its graphic carries data-active-step. */
  live?: boolean;
}) {
  return (
    <div className="slide" data-kind={slide.kind} data-slide={slide.key}>
      {slide.kind === 'title' && (
        <div className="slide-title">
          <p className="slide-kicker">{`${storyTitle} · Chapter ${slide.chapterNumber}`}</p>
          <h2>{slide.chapterTitle}</h2>
          <p className="slide-dek">{slide.description}</p>
        </div>
      )}
      {slide.kind === 'step' && chart && <StepSlide slide={slide} body={body} chart={chart} live={live} />}
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

function StepSlide({ slide, body, chart, live }: { slide: SlideMeta; body?: ReactNode; chart: DeckChart; live: boolean }) {
  const Chart = CHARTS[chart.chart];
  const [captionRef, shrink] = useShrinkToFit(slide.key);
  const style = { '--fit': slide.fit * shrink } as CSSProperties;
  return (
    <>
      <h2 className="slide-kicker">{`${slide.chapterNumber} · ${slide.chapterTitle}`}</h2>
      {/* Keyed by slide, so each new caption enters with its own short fade. */}
      <div ref={captionRef} key={slide.key} className="slide-caption" style={style}>
        {body}
      </div>
      <div className="slide-graphic" data-active-step={live ? slide.key : undefined} data-slide-step={slide.key}>
        {/* Keyed by scrolly: a new scrolly draws afresh; steps of the same one animate between states. */}
        <figure key={slide.scrolly} className="slide-figure" data-chart={chart.chart}>
          <Chart data={chart.data} step={slide.step ?? 0} progress={1} />
        </figure>
      </div>
    </>
  );
}
