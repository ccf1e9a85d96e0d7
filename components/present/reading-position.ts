/**
 * Which step a reader is on, for the "Present" control: the step shown by the scrolly that holds
 * the trigger line (where the scroll engine reads), else the step the URL hash names, else none:
 * a reader still in the chapter's opening prose, or past the scrollies, gets its title slide.
 */
import { TRIGGER_RATIO } from '@/components/story/engine';
import type { Locale } from '@/lib/i18n/locale';
import { deckPath } from './routes';
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
  const found = scrollies.find((s) => s.top <= line && s.bottom > line && s.step)?.step;
  if (found) return found;
  const id = decodeHash(hash);
  return id && stepIds.includes(id) ? id : null;
}

/** The deck at a chapter (and step) in an edition: /present/<slug>#<step>, under /zh in Chinese. */
export function presentHref(slug: string, step: string | null, locale: Locale = 'en'): string {
  return `${deckPath(locale)}/${slug}${step ? `#${encodeURIComponent(step)}` : ''}`;
}
