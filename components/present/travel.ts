'use client';
/**
 * The deck's direction of travel: +1 after a move forward, -1 after a move back. Captions enter
 * from the side the presenter is heading to and leave towards the side they came from.
 */
import { useState } from 'react';
import type { Variants } from 'motion/react';

export type Direction = 1 | -1;

/** The direction of the last change of `index` (state from the previous render, no effect). */
export function useTravel(index: number): Direction {
  const [seen, setSeen] = useState<{ index: number; direction: Direction }>({ index, direction: 1 });
  if (seen.index !== index) {
    const direction: Direction = index > seen.index ? 1 : -1;
    setSeen({ index, direction });
    return direction;
  }
  return seen.direction;
}

/** How far a caption travels, as a share of its own width: less than the slide's side margin, so no
 * caption ever crosses the stage's edge on its way in or out. */
const SHIFT = 6;

/** Caption variants; `custom` is the direction (0: a preview or a page, which shows a state, not a move). */
export const CAPTION: Variants = {
  enter: (d: number) => ({ opacity: d ? 0 : 1, x: `${d * SHIFT}%` }),
  center: { opacity: 1, x: '0%' },
  leave: (d: number) => ({ opacity: d ? 0 : 1, x: `${-d * SHIFT}%` }),
};

export const CAPTION_MS = 320;
