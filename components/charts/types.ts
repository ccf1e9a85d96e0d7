/**
 * Drawing constants shared by the charts. The data types (what a chart receives) live in
 * lib/charts/types.ts and are re-exported here for the chart files.
 */
export type { ChartCopy, ChartData, ChartList, ChartLocale, ChartPoint, ChartProps, ChartSeries } from '@/lib/charts/types';
/** The earlier name of a chart's fact list. */
export type { ChartList as FactList } from '@/lib/charts/types';

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
