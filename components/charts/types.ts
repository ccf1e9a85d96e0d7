/** What every chart receives. Data is plain JSON built on the server from the registry. */
import type { Series } from '@/lib/registry';

/** A chart's hand-picked list of facts (events on a timeline, shares of a market): not a time series. */
export interface FactList {
  kind: 'list';
  id: string;
  label: string;
  points: { factId: string; label: string; period: string; value: number | string; text: string }[];
}

export type ChartData = Record<string, Series | FactList>;

export interface ChartProps<D extends ChartData = ChartData> {
  data: D;
  /** Index of the active step in the chart's scrolly, 0-based. */
  step: number;
  /** Progress through the active step, 0 to 1 (1 in the deck, 0 before JavaScript runs). */
  progress: number;
}

/** The shared viewBox: about square, so one drawing serves a phone's full width and a desktop column. */
export const W = 440;
export const H = 420;

/**
 * The smallest size chart text may render at, in CSS pixels. Every step up costs room: the labels
 * were set for a 440-unit drawing, and raised further they run past its edges on a 320 px phone.
 */
export const MIN_TEXT_PX = 11;

/**
 * The font size, in viewBox units, that renders at MIN_TEXT_PX in an SVG box of this size (the
 * drawing is fitted inside it, "meet"), rounded up to a quarter unit so small resizes do not
 * re-render the chart. 0 for an empty box (not laid out yet).
 */
export function minFontUnits(boxWidth: number, boxHeight: number, minPx = MIN_TEXT_PX): number {
  const scale = Math.min(boxWidth / W, boxHeight / H);
  if (!(scale > 0)) return 0;
  return Math.ceil((minPx / scale) * 4) / 4;
}
