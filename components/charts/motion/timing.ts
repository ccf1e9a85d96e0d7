/**
 * How long a step change takes, and how much of it is left. A step change starts a clock; every
 * mark that moves before the clock runs out tweens to its new place in the time that is left, so a
 * bar that also grows with the reader's progress catches up with the scroll by the end of the move
 * instead of trailing it. After that, progress sets geometry directly (no tween, no lag).
 */
export const MOVE_MS = 600;
/** ease-out cubic, the feel of the CSS `ease` the marks had before. */
export const EASE: [number, number, number, number] = [0.25, 0.1, 0.25, 1];

/** Milliseconds of the current move still to run at `now`; 0 when no step change is under way. */
export function remaining(now: number, changedAt: number | null): number {
  if (changedAt === null) return 0;
  const left = MOVE_MS - (now - changedAt);
  // Under a frame left: land now rather than start a one-frame tween.
  return left > 16 ? left : 0;
}
