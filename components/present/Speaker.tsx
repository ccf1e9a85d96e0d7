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
import { fill } from '@/lib/i18n/words';
import { speakerPath } from './routes';
import type { SpeakerContent } from './types';
import { usePresenter } from './usePresenter';

export function Speaker({ content, children }: { content: SpeakerContent; children?: ReactNode }) {
  const { slides, words: w, locale } = content;
  const { state, dispatch, ready, printView } = usePresenter('speaker', locale, slides);

  const i = state.index;
  const slide = slides[i];
  const next = slides[i + 1];
  const chartOf = (s: typeof slide) => (s.scrolly ? content.charts[s.scrolly] : undefined);
  return (
    <div className="speaker-root" data-view={printView ? 'print' : 'live'} data-ready={ready || undefined}>
      <main id="main" className="speaker">
        <h1 className="sr-only">{fill(w['speaker.heading'], { story: content.storyTitle })}</h1>
        <header className="speaker-bar">
          <p className="speaker-position">
            <strong>{fill(w['speaker.position'], { n: i + 1, total: slides.length })}</strong> {slideLabel(slide, w)}
          </p>
          {state.blackout && <p className="speaker-blackout" role="status">{w['speaker.blackout']}</p>}
          {state.goto && <p className="speaker-goto" aria-live="polite">{fill(w['speaker.goto'], { n: state.goto })}</p>}
          <SpeakerClock locale={locale} words={w} />
        </header>
        <section className="speaker-current" aria-label={w['speaker.current']}>
          <div className="slide-box">
            <SlideView live slide={slide} storyTitle={content.storyTitle} words={w} body={content.bodies[i]} chart={chartOf(slide)} />
          </div>
        </section>
        <section className="speaker-next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title">{next ? fill(w['speaker.next'], { n: i + 2 }) : w['speaker.last']}</h2>
          {next && (
            <div className="slide-box" inert>
              {/* A preview shows where the next slide lands; it does not act the move out. */}
              <StillCharts.Provider value>
                <SlideView slide={next} storyTitle={content.storyTitle} words={w} body={content.bodies[i + 1]} chart={chartOf(next)} />
              </StillCharts.Provider>
            </div>
          )}
        </section>
        <section className="speaker-notes" aria-labelledby="speaker-notes-title">
          <h2 id="speaker-notes-title">{w['speaker.notes']}</h2>
          <div className="speaker-notes-body" data-notes={slide.key}>
            {content.notes[i] ?? <p className="speaker-none">{slide.kind === 'title' ? slide.description : w['speaker.noNotes']}</p>}
          </div>
          {content.more[i] && (
            <>
              <h3>{w['speaker.more']}</h3>
              <div className="speaker-more">{content.more[i]}</div>
            </>
          )}
        </section>
        <nav className="speaker-nav" aria-label={w['speaker.nav']}>
          <button type="button" onClick={() => dispatch({ type: 'prev' })} aria-keyshortcuts="ArrowLeft">{w['speaker.prev']}</button>
          <button type="button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">{w['speaker.nextButton']}</button>
          <button type="button" onClick={() => dispatch({ type: 'blackout' })} aria-pressed={state.blackout} aria-keyshortcuts="B">{w['speaker.blackoutButton']}</button>
          <button type="button" onClick={() => dispatch({ type: 'help' })} aria-keyshortcuts="?">{w['speaker.keys']}</button>
          <a href={`${speakerPath(locale)}?print`}>{w['speaker.handout']}</a>
        </nav>
      </main>
      {state.help && <HelpOverlay role="speaker" words={w} onClose={() => dispatch({ type: 'dismiss' })} />}
      {children}
    </div>
  );
}
