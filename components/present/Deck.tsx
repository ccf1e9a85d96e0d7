'use client';
/**
 * The audience's deck: a 16:9 stage letterboxed in the window, one slide on it. The wiring it
 * shares with the speaker view (reducer, URL, the other window, keys) is usePresenter; here are
 * what only the room's screen has: the idle cursor, swipes, the overview and the speaker button.
 * `children` is the handout (printing, or ?print), rendered on the server.
 */
import { useRef, type ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'motion/react';
import { DeckBar } from './DeckBar';
import { HelpOverlay } from './HelpOverlay';
import { Overview } from './Overview';
import { SlideView, slideLabel } from './SlideView';
import type { DeckContent } from './types';
import { fill } from '@/lib/i18n/words';
import { useChartAhead } from './useChartAhead';
import { useDeckMotion } from './useDeckMotion';
import { useIdle } from './useIdle';
import { usePresenter } from './usePresenter';
import { useSwipe } from './useSwipe';
import { useTravel } from './travel';

/** The layoutId the stage's slide shares with its thumbnail in the overview. */
const CURRENT = 'deck-current-slide';

/** The room's page in the projector theme; ?print shows the handout on grey instead. */
const ROOT = 'bg-black font-sans text-ink data-[view=print]:min-h-dvh data-[view=print]:bg-[#3f3f46] print:static! print:bg-white!';

/** The cursor and the controls hide after this long without mouse movement. */
const IDLE_MS = 2000;

type DeckProps = { content: DeckContent; start: number; children?: ReactNode };

/**
 * motion's providers sit above the deck's state, so a key press does not re-render them:
 * LazyMotion gives its context a new object on each render, and React then walks every fiber
 * below it looking for readers, the whole handout included (≈7 ms a press at 4x throttling).
 */
export function Deck(props: DeckProps) {
  const motion = useDeckMotion();
  return (
    <LazyMotion features={motion.features}>
      <MotionConfig reducedMotion="user">
        <DeckStage {...props} animated={motion.animated} />
      </MotionConfig>
    </LazyMotion>
  );
}

function DeckStage({ content, start, children, animated }: DeckProps & { animated: boolean }) {
  const { slides, words: w, locale } = content;
  const { state, dispatch, ready, printView, commands, dialogOpen } = usePresenter('deck', locale, slides, start);

  const idle = useIdle(IDLE_MS);
  const frame = useRef<HTMLElement>(null);
  // Behind an open dialog a swipe does nothing, as the deck's keys do nothing.
  useSwipe(frame, (to) => {
    if (!dialogOpen) dispatch({ type: to });
  });

  // A dialog opened with nothing focused gives focus to the stage when it closes, so keys and
  // screen readers continue from the slide.
  const stage = useRef<HTMLElement>(null);

  const slide = slides[state.index];
  const direction = useTravel(state.index);
  const upcoming = useChartAhead(slides, state.index, content.charts);
  return (
    // data-ready: the deck has read its URL, its controllers listen and its animations have loaded
    // (tests and tools wait for it).
    <div className={`deck-root ${ROOT}`} data-view={printView ? 'print' : 'live'} data-ready={(ready && animated) || undefined} data-idle={idle || undefined} data-blackout={state.blackout || undefined}>
      <main id="main" ref={frame} className="deck-frame">
        <h1 className="sr-only">{fill(w['deck.heading'], { story: content.storyTitle })}</h1>
        <section ref={stage} tabIndex={-1} className="deck-stage" aria-roledescription={w['deck.slideRole']} aria-label={fill(w['deck.stageLabel'], { n: state.index + 1, total: slides.length, label: slideLabel(slide, w) })}>
          <div className="deck-live">
            <SlideView live morph={CURRENT} morphWhen={state.overview} direction={direction} slide={slide} storyTitle={content.storyTitle} words={w} body={content.bodies[state.index]} chart={slide.scrolly ? content.charts[slide.scrolly] : undefined} upcoming={upcoming} />
            <DeckBar words={w} locale={locale} language={content.language} slideKey={slide.key} chapter={slide.chapter} index={state.index} count={slides.length} goto={state.goto} readingHref={slide.readingHref} dispatch={dispatch} onSpeaker={commands.speaker} onFullscreen={commands.fullscreen} />
          </div>
          {/* Modal dialogs: while one is open the rest of the page is inert (the platform's doing).
              The overview grows out of the current slide and, closing, gives it back: it goes at
              once and the stage's slide grows from its thumbnail (a shared layoutId). */}
          {state.overview && <Overview morph={CURRENT} content={content} index={state.index} cursor={state.cursor} dispatch={dispatch} returnFocus={stage} />}
          {state.help && <HelpOverlay role="deck" words={w} onClose={() => dispatch({ type: 'dismiss' })} returnFocus={stage} />}
        </section>
        <p className="sr-only" role="status">{fill(w['deck.status'], { n: state.index + 1, total: slides.length })}</p>
      </main>
      <div className="deck-blackout" aria-hidden="true" />
      {children}
    </div>
  );
}
