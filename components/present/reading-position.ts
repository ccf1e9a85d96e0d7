/**
 * Which step a reader is on, for the "Present" control: the step shown by the scrolly that holds
 * the trigger line (as the scroll engine decides it), else by any scrolly on screen, else the step
 * the URL hash names, else none (the deck then opens at the chapter's title slide).
 */
import { TRIGGER_RATIO } from '@/components/story/engine';
import { decodeHash } from './slide-url';

export interface ScrollyOnPage {
  /** Viewport-relative top and bottom of the scrolly (chart and steps). */
  top: number;
  bottom: number;
  /** Its graphic's data-active-step. */
  step: string | null;
}

export function stepBeingRead(scrollies: readonly ScrollyOnPage[], viewportHeight: number, hash: string, stepIds: readonly string[]): string | null {
  const line = viewportHeight * TRIGGER_RATIO;
  const onLine = scrollies.find((s) => s.top <= line && s.bottom > line && s.step);
  const onScreen = scrollies.find((s) => s.top < viewportHeight && s.bottom > 0 && s.step);
  const found = (onLine ?? onScreen)?.step;
  if (found) return found;
  const id = decodeHash(hash);
  return id && stepIds.includes(id) ? id : null;
}

export function presentHref(slug: string, step: string | null): string {
  return `/present/${slug}${step ? `#${encodeURIComponent(step)}` : ''}`;
}
