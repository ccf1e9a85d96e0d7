'use client';
/**
 * The speaker view, in its own window (S in the deck): the slide the room sees, the next one, the
 * step's notes and the rest of its text, a stopwatch and the clock. It drives the deck and follows
 * it through the wiring it shares with the deck (usePresenter); its keys are the deck's, less the
 * overview. `children` is the handout with notes.
 */
import type { ReactNode } from 'react';
import { StillCharts } from '@/components/charts/motion/ChartMotion';
import { HelpOverlay } from './HelpOverlay';
import { SlideView, slideLabel } from './SlideView';
import { SpeakerClock } from './SpeakerClock';
import { SPEAKER_PATH } from './routes';
import type { SpeakerContent } from './types';
import { usePresenter } from './usePresenter';

export function Speaker({ content, children }: { content: SpeakerContent; children?: ReactNode }) {
  const { slides } = content;
  const { state, dispatch, ready, printView } = usePresenter('speaker', slides);

  const i = state.index;
  const slide = slides[i];
  const next = slides[i + 1];
  const chartOf = (s: typeof slide) => (s.scrolly ? content.charts[s.scrolly] : undefined);
  return (
    <div className="speaker-root" data-view={printView ? 'print' : 'live'} data-ready={ready || undefined}>
      <main id="main" className="speaker">
        <h1 className="sr-only">{`${content.storyTitle}: speaker view`}</h1>
        <header className="speaker-bar">
          <p className="speaker-position">
            <strong>{`Slide ${i + 1} of ${slides.length}`}</strong> {slideLabel(slide)}
          </p>
          {state.blackout && <p className="speaker-blackout" role="status">The audience screen is black (B to show it)</p>}
          {state.goto && <p className="speaker-goto" aria-live="polite">{`Go to slide ${state.goto}, then Enter`}</p>}
          <SpeakerClock />
        </header>
        <section className="speaker-current" aria-label="Current slide">
          <div className="slide-box">
            <SlideView live slide={slide} storyTitle={content.storyTitle} body={content.bodies[i]} chart={chartOf(slide)} />
          </div>
        </section>
        <section className="speaker-next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title">{next ? `Next: slide ${i + 2}` : 'Last slide'}</h2>
          {next && (
            <div className="slide-box" inert>
              {/* A preview shows where the next slide lands; it does not act the move out. */}
              <StillCharts.Provider value>
                <SlideView slide={next} storyTitle={content.storyTitle} body={content.bodies[i + 1]} chart={chartOf(next)} />
              </StillCharts.Provider>
            </div>
          )}
        </section>
        <section className="speaker-notes" aria-labelledby="speaker-notes-title">
          <h2 id="speaker-notes-title">Notes</h2>
          <div className="speaker-notes-body" data-notes={slide.key}>
            {content.notes[i] ?? <p className="speaker-none">{slide.kind === 'title' ? slide.description : 'No notes for this slide.'}</p>}
          </div>
          {content.more[i] && (
            <>
              <h3>Also in this step on the reading page</h3>
              <div className="speaker-more">{content.more[i]}</div>
            </>
          )}
        </section>
        <nav className="speaker-nav" aria-label="Speaker controls">
          <button type="button" onClick={() => dispatch({ type: 'prev' })} aria-keyshortcuts="ArrowLeft">Previous</button>
          <button type="button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">Next</button>
          <button type="button" onClick={() => dispatch({ type: 'blackout' })} aria-pressed={state.blackout} aria-keyshortcuts="B">Black screen</button>
          <button type="button" onClick={() => dispatch({ type: 'help' })} aria-keyshortcuts="?">Keys</button>
          <a href={`${SPEAKER_PATH}?print`}>Handout with notes</a>
        </nav>
      </main>
      {state.help && <HelpOverlay role="speaker" onClose={() => dispatch({ type: 'dismiss' })} />}
      {children}
    </div>
  );
}
