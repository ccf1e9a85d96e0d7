/**
 * Keeping a one-line label inside the drawing. A label is placed at its mark (a flag, a bar's end)
 * and is usually well inside; near an edge, and most of all in Chinese (a year is printed with 年,
 * a character about two letters wide) on a 320 px phone where text is raised, it would run past
 * the edge and be cut off. insideX moves it along its line just far enough that its estimated
 * extent (textWidth in wrap.ts, the widest it renders) stays within the drawing's inner edges.
 */
import { W } from '../types';
import { textWidth } from '../wrap';

/**
 * How far from the viewBox's edges a moved label stops: half the drawing's 8-unit margin (where
 * headings, cards and the road start and stop), so a label may use some of that margin, with room
 * left for the width estimate's error.
 */
export const INSET = 4;

export interface InsideOptions {
  anchor?: 'start' | 'middle' | 'end';
  /** The label's drawn size (the Label's `size`). */
  size?: number;
  /** The inner edges it must stay between, in viewBox units. */
  left?: number;
  right?: number;
}

/**
 * The x to draw a label at so it stays inside: `x` itself when it fits, else moved (to a tenth of
 * a unit, rounded inward) until its far side meets the inner edge. A label wider than the whole
 * inner width starts at the left edge.
 */
export function insideX(x: number, text: string, { anchor = 'middle', size = 12, left = INSET, right = W - INSET }: InsideOptions = {}): number {
  const width = textWidth(text, size);
  const start = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  if (start < left || width > right - left) return Math.ceil((x + left - start) * 10) / 10;
  if (start + width > right) return Math.floor((x + right - start - width) * 10) / 10;
  return x;
}
