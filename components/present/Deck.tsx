'use client';
/**
 * The audience's deck: a 16:9 stage letterboxed in the window, one slide on it, and one controller
 * a concern (keys, URL, the speaker view's link, idle cursor, swipe). All of them feed the one
 * reducer in deck-state.ts. `children` is the handout (printing, or ?print), rendered on the server.
 */
import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'motion/react';
import { deckReducer, initialDeckState } from './deck-state';
import { DeckBar } from './DeckBar';
import { HelpOverlay } from './HelpOverlay';
import { Overview } from './Overview';
import { SlideView, slideLabel } from './SlideView';
import { hashFor } from './slide-url';
import { isPrintView, registerServiceWorker, toggleFullscreen } from './browser';
import { SPEAKER_PATH, SPEAKER_WINDOW } from './routes';
import type { DeckContent } from './types';
import { useChartAhead } from './useChartAhead';
import { useDeckKeys } from './useDeckKeys';
import { useDeckSync } from './useDeckSync';
import { useHashSync } from './useHashSync';
import { useIdle } from './useIdle';
import { useSwipe } from './useSwipe';
import { useTravel } from './travel';

/** motion's deck features (layout animation included) load after the first render. */
const loadFeatures = () => import('./motion-features').then((r) => r.default);

/** The layoutId the stage's slide shares with its thumbnail in the overview. */
const CURRENT = 'deck-current-slide';

/** The cursor and the controls hide after this long without mouse movement. */
const IDLE_MS = 2000;

export function Deck({ content, start, children }: { content: DeckContent; start: number; children?: ReactNode }) {
  const { slides } = content;
  const [state, dispatch] = useReducer(deckReducer, undefined, () => initialDeckState(slides.length, start));
  const [printView, setPrintView] = useState(false);
  useEffect(() => {
    setPrintView(isPrintView());
    registerServiceWorker();
  }, []);

  const ready = useHashSync(slides, state.index, dispatch, start, !printView);
  useDeckSync('deck', slides, state, dispatch, ready && !printView);

  const speaker = useRef<Window | null>(null);
  const openSpeaker = useCallback(() => {
    if (speaker.current && !speaker.current.closed) speaker.current.focus();
    else speaker.current = window.open(`${SPEAKER_PATH}${hashFor(slides[state.index])}`, SPEAKER_WINDOW, 'popup,width=1280,height=800');
  }, [slides, state.index]);
  useDeckKeys('deck', state, dispatch, { fullscreen: toggleFullscreen, speaker: openSpeaker }, !printView);

  const idle = useIdle(IDLE_MS);
  const frame = useRef<HTMLElement>(null);
  useSwipe(frame, (to) => dispatch({ type: to }));

  // Back from an overlay, focus returns to the stage so keys and screen readers continue from there.
  const stage = useRef<HTMLElement>(null);
  const overlay = state.overview || state.help;
  const hadOverlay = useRef(false);
  useEffect(() => {
    if (hadOverlay.current && !overlay) stage.current?.focus({ preventScroll: true });
    hadOverlay.current = overlay;
  }, [overlay]);

  const slide = slides[state.index];
  const direction = useTravel(state.index);
  const upcoming = useChartAhead(slides, state.index, content.charts);
  return (
    // data-ready: the deck has read its URL and its controllers listen (tests and tools wait for it).
    <LazyMotion features={loadFeatures}>
    <MotionConfig reducedMotion="user">
    <div className="deck-root" data-view={printView ? 'print' : 'live'} data-ready={ready || undefined} data-idle={idle || undefined} data-blackout={state.blackout || undefined}>
      <main id="main" ref={frame} className="deck-frame">
        <h1 className="sr-only">{`${content.storyTitle}: presentation`}</h1>
        <section ref={stage} tabIndex={-1} className="deck-stage" aria-roledescription="slide" aria-label={`Slide ${state.index + 1} of ${slides.length}: ${slideLabel(slide)}`}>
          {/* Under an open overlay the slide and its controls are inert: Tab stays in the overlay. */}
          <div className="deck-live" inert={overlay || undefined}>
            <SlideView live morph={CURRENT} direction={direction} slide={slide} storyTitle={content.storyTitle} body={content.bodies[state.index]} chart={slide.scrolly ? content.charts[slide.scrolly] : undefined} upcoming={upcoming} />
            <DeckBar index={state.index} count={slides.length} goto={state.goto} readingHref={slide.readingHref} dispatch={dispatch} onSpeaker={openSpeaker} onFullscreen={toggleFullscreen} />
          </div>
          {/* The overview grows out of the current slide and, closing, gives it back: it goes at once
              and the stage's slide grows from its thumbnail (a shared layoutId). */}
          {state.overview && <Overview morph={CURRENT} content={content} index={state.index} cursor={state.cursor} dispatch={dispatch} />}
          {state.help && <HelpOverlay role="deck" onClose={() => dispatch({ type: 'help' })} />}
        </section>
        <p className="sr-only" role="status">{`Slide ${state.index + 1} of ${slides.length}`}</p>
      </main>
      <div className="deck-blackout" aria-hidden="true" />
      {children}
    </div>
    </MotionConfig>
    </LazyMotion>
  );
}
