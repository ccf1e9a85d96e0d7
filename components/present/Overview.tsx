'use client';
/**
 * The overview (O or Esc): every slide as a thumbnail in a grid. Arrows move the selection
 * (the keyboard controller maps them), Enter or a click jumps. Thumbnails are the real slides,
 * inert, with one button each on top.
 *
 * Opening it, the current slide shrinks from the stage into its place in the grid while the grid
 * fades in around it; closing, the grid goes at once and the stage's slide grows back out of the
 * thumbnail (a shared layoutId: `morph`).
 *
 * A modal dialog (DeckDialog): behind it the stage and its controls are inert, and the deck's keys
 * other than the overview's own do nothing (keymap.ts).
 */
import { useEffect, useRef, type Dispatch, type RefObject } from 'react';
import { useReducedMotion } from 'motion/react';
import * as m from 'motion/react-m';
import { DeckDialog } from './DeckDialog';
import type { DeckAction } from './deck-state';
import { SlideView, slideLabel } from './SlideView';
import type { DeckContent } from './types';
import { fill } from '@/lib/i18n/words';
import { OVERVIEW_COLUMNS } from './useDeckKeys';

/** How long the grid takes to open or close around the current slide. */
const MORPH_S = 0.35;

/** A thumbnail's frame: the selection's is thick and accent-coloured, the current slide's light. */
function pickBorder(selected: boolean, current: boolean): string {
  if (selected) return 'border-5 border-accent';
  return current ? 'border-2 border-ink' : 'border-2 border-rule';
}

export function Overview({ content, index, cursor, dispatch, morph, returnFocus }: {
  content: DeckContent;
  index: number;
  cursor: number;
  dispatch: Dispatch<DeckAction>;
  morph?: string;
  returnFocus?: RefObject<HTMLElement | null>;
}) {
  const reduce = useReducedMotion();
  const transition = { duration: reduce ? 0 : MORPH_S, ease: 'easeInOut' } as const;
  const grid = useRef<HTMLOListElement>(null);

  // The selected thumbnail takes focus and is scrolled into view inside the grid only (never the page).
  useEffect(() => {
    const list = grid.current;
    const item = list?.children[cursor] as HTMLElement | undefined;
    if (!list || !item) return;
    item.querySelector('button')?.focus({ preventScroll: true });
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [cursor]);

  return (
    <DeckDialog label={content.words['overview.label']} onStage onDismiss={() => dispatch({ type: 'dismiss' })} returnFocus={returnFocus}>
      <m.div className="deck-overview absolute inset-0 z-10 bg-black p-[1.6cqw]" initial={{ opacity: 0 }} animate={{ opacity: 1 }} transition={transition}>
        <ol ref={grid} className="overview-grid grid h-full grid-cols-[repeat(var(--columns),minmax(0,1fr))] content-start gap-[1.4cqw] overflow-y-auto p-[0.5cqw]" style={{ '--columns': OVERVIEW_COLUMNS } as React.CSSProperties}>
          {content.slides.map((slide, i) => (
            <li key={slide.key} className="relative aspect-video @container" data-current={i === index || undefined} data-selected={i === cursor || undefined}>
              <button type="button" className={`overview-pick absolute inset-0 z-1 cursor-pointer rounded-[4px] ${pickBorder(i === cursor, i === index)}`} tabIndex={i === cursor ? 0 : -1} aria-current={i === index ? 'step' : undefined} onClick={() => dispatch({ type: 'pick', index: i })}>
                <span className="sr-only">{fill(content.words['overview.pick'], { n: i + 1, label: slideLabel(slide, content.words) })}</span>
              </button>
              <m.div className="overview-thumb absolute inset-0 overflow-hidden rounded-[3px]" inert aria-hidden="true" layoutId={i === index ? morph : undefined} transition={transition}>
                <SlideView slide={slide} storyTitle={content.storyTitle} words={content.words} body={content.bodies[i]} chart={slide.scrolly ? content.charts[slide.scrolly] : undefined} />
              </m.div>
              <span className="overview-number absolute right-[4cqw] bottom-[4cqw] z-2 rounded-[3px] bg-black px-[2.5cqw] text-[length:max(11px,8cqw)] font-bold text-ink" aria-hidden="true">{i + 1}</span>
            </li>
          ))}
        </ol>
      </m.div>
    </DeckDialog>
  );
}
