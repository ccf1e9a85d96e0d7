/**
 * How far through the article the reader is: 0 while its top is below the header, 1 once its
 * end has reached the bottom of the screen (the same range as the CSS view timeline).
 */
export function readingProgress(scrollY: number, articleTop: number, articleHeight: number, viewport: number, inset: number): number {
  const span = articleHeight - (viewport - inset);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (scrollY + inset - articleTop) / span));
}
