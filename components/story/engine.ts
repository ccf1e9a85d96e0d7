/**
 * The scroll engine's maths, kept pure so it is unit-tested without a browser.
 *
 * The active step is decided from positions alone: the step whose box contains the trigger line
 * now (or the last one above it). It never depends on the order of enter/exit events, so a fast
 * fling, a reload in the middle of the page, an anchor jump or an address bar that resizes the
 * viewport all land on the same answer a slow scroll would.
 */
export interface StepBox {
  /** Viewport-relative top and bottom in CSS pixels (getBoundingClientRect). */
  top: number;
  bottom: number;
}

export interface ActiveStep {
  /** Index of the active step, 0-based. */
  index: number;
  /** How far the trigger line has travelled through the active step, 0 to 1. */
  progress: number;
}

/** Where the trigger line sits, as a share of the viewport height. */
export const TRIGGER_RATIO = 0.55;

export function triggerLine(viewportHeight: number, ratio = TRIGGER_RATIO): number {
  return viewportHeight * ratio;
}

/**
 * Phones: the chart is pinned above the text, so the trigger line sits in the text area, a fixed
 * reading distance below the chart's lower edge (never past halfway down what is left of the
 * screen). It depends on the chart's edge, not on the viewport's height, so the address bar
 * showing or hiding (which changes innerHeight by about 80 px) does not move it.
 */
export const TEXT_TRIGGER_OFFSET = 96;

export function textAreaTrigger(chartBottom: number, viewportHeight: number, offset = TEXT_TRIGGER_OFFSET): number {
  return chartBottom + Math.min(offset, Math.max(0, (viewportHeight - chartBottom) / 2));
}

export interface ColumnBox {
  left: number;
  right: number;
}

/** The chart sits above the steps (phones, portrait tablets) rather than beside them when their columns overlap. */
export function chartAboveText(chart: ColumnBox, steps: ColumnBox): boolean {
  return chart.left < steps.right - 1 && chart.right > steps.left + 1;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function pickActiveStep(boxes: readonly StepBox[], trigger: number): ActiveStep {
  if (boxes.length === 0) return { index: 0, progress: 0 };
  // Last step whose top has crossed the trigger line; before the first step, the first step.
  let index = 0;
  for (let i = 0; i < boxes.length; i++) if (boxes[i].top <= trigger) index = i;
  const box = boxes[index];
  const height = box.bottom - box.top;
  const progress = height > 0 ? clamp01((trigger - box.top) / height) : 1;
  return { index, progress };
}

/** Progress is quantised so the chart re-renders at most a few dozen times per step. */
export function quantise(progress: number, steps = 50): number {
  return Math.round(clamp01(progress) * steps) / steps;
}

export function sameActive(a: ActiveStep, b: ActiveStep): boolean {
  return a.index === b.index && a.progress === b.progress;
}

/** The step a URL hash names, or -1. Decodes percent-escapes; ignores a leading '#'. */
export function stepIndexFromHash(hash: string, ids: readonly string[]): number {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return -1;
  }
  return ids.indexOf(id);
}
