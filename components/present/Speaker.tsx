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
import { PRESENTER_BUTTON_HOVER } from './presenter-button';

/**
 * The page's grid: the room's slide large at the left, the next one and the notes at the right, the
 * controls under the slide; one column (notes before the next slide) on a screen under 60rem.
 */
const GRID = [
  'grid gap-x-6 gap-y-4 px-5 pt-4 pb-6',
  "grid-cols-[minmax(0,3fr)_minmax(0,2fr)] grid-rows-[auto_auto_1fr_auto] [grid-template-areas:'bar_bar'_'current_next'_'current_notes'_'nav_notes']",
  "[@media(max-width:60rem)]:grid-cols-[minmax(0,1fr)] [@media(max-width:60rem)]:grid-rows-none [@media(max-width:60rem)]:[grid-template-areas:'bar'_'current'_'notes'_'next'_'nav']",
].join(' ');

/** The small capitals over the next slide and the notes. */
const SECTION_HEADING = 'mb-2 text-ui font-bold tracking-[0.06em] text-muted uppercase';

/** The state the bar announces (blackout, a slide number being typed): boxed in the accent. */
const BAR_STATUS = 'rounded-[6px] border-2 border-accent px-[0.8rem] py-[0.3rem] font-bold';

/** The speaker's page in the projector theme; ?print shows the handout on grey instead. */
const ROOT = 'bg-black font-sans text-ink data-[view=live]:min-h-dvh data-[view=live]:bg-bg data-[view=print]:min-h-dvh data-[view=print]:bg-[#3f3f46] print:static! print:bg-white!';

export function Speaker({ content, children }: { content: SpeakerContent; children?: ReactNode }) {
  const { slides, words: w, locale } = content;
  const { state, dispatch, ready, printView } = usePresenter('speaker', locale, slides);

  const i = state.index;
  const slide = slides[i];
  const next = slides[i + 1];
  const chartOf = (s: typeof slide) => (s.scrolly ? content.charts[s.scrolly] : undefined);
  return (
    <div className={`speaker-root ${ROOT}`} data-view={printView ? 'print' : 'live'} data-ready={ready || undefined}>
      <main id="main" className={`speaker ${GRID}`}>
        <h1 className="sr-only">{fill(w['speaker.heading'], { story: content.storyTitle })}</h1>
        <header className="speaker-bar flex flex-wrap items-center gap-x-8 gap-y-3 [grid-area:bar]">
          <p className="speaker-position text-prose text-muted">
            <strong className="mr-2 text-ink">{fill(w['speaker.position'], { n: i + 1, total: slides.length })}</strong> {slideLabel(slide, w)}
          </p>
          {state.blackout && <p className={`speaker-blackout ${BAR_STATUS}`} role="status">{w['speaker.blackout']}</p>}
          {state.goto && <p className={`speaker-goto ${BAR_STATUS}`} aria-live="polite">{fill(w['speaker.goto'], { n: state.goto })}</p>}
          <SpeakerClock locale={locale} words={w} />
        </header>
        <section className="speaker-current [grid-area:current]" aria-label={w['speaker.current']}>
          <div className="slide-box">
            <SlideView live slide={slide} storyTitle={content.storyTitle} words={w} body={content.bodies[i]} chart={chartOf(slide)} />
          </div>
        </section>
        <section className="speaker-next [grid-area:next]" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title" className={SECTION_HEADING}>{next ? fill(w['speaker.next'], { n: i + 2 }) : w['speaker.last']}</h2>
          {next && (
            <div className="slide-box" inert>
              {/* A preview shows where the next slide lands; it does not act the move out. */}
              <StillCharts.Provider value>
                <SlideView slide={next} storyTitle={content.storyTitle} words={w} body={content.bodies[i + 1]} chart={chartOf(next)} />
              </StillCharts.Provider>
            </div>
          )}
        </section>
        <section className="speaker-notes text-subtitle leading-[1.5] [grid-area:notes] [&_p]:mb-[0.75em]" aria-labelledby="speaker-notes-title">
          <h2 id="speaker-notes-title" className={SECTION_HEADING}>{w['speaker.notes']}</h2>
          <div className="speaker-notes-body" data-notes={slide.key}>
            {content.notes[i] ?? <p className="speaker-none text-muted">{slide.kind === 'title' ? slide.description : w['speaker.noNotes']}</p>}
          </div>
          {content.more[i] && (
            <>
              <h3 className="mt-6 mb-2 text-ui font-bold text-muted">{w['speaker.more']}</h3>
              <div className="speaker-more text-card text-muted">{content.more[i]}</div>
            </>
          )}
        </section>
        <nav className="speaker-nav flex flex-wrap gap-2 [grid-area:nav]" aria-label={w['speaker.nav']}>
          <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => dispatch({ type: 'prev' })} aria-keyshortcuts="ArrowLeft">{w['speaker.prev']}</button>
          <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight">{w['speaker.nextButton']}</button>
          <button type="button" className={`${PRESENTER_BUTTON_HOVER} aria-pressed:bg-ink aria-pressed:text-bg`} onClick={() => dispatch({ type: 'blackout' })} aria-pressed={state.blackout} aria-keyshortcuts="B">{w['speaker.blackoutButton']}</button>
          <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => dispatch({ type: 'help' })} aria-keyshortcuts="?">{w['speaker.keys']}</button>
          <a href={`${speakerPath(locale)}?print`} className={PRESENTER_BUTTON_HOVER}>{w['speaker.handout']}</a>
        </nav>
      </main>
      {state.help && <HelpOverlay role="speaker" words={w} onClose={() => dispatch({ type: 'dismiss' })} />}
      {children}
    </div>
  );
}
