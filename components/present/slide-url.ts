/**
 * Slides and URLs. A slide's hash is its step id (title slides: the chapter's slug; the end: "end"),
 * so a reload or a bookmark returns to it and stays right when slides are added before it.
 * Anything else in the hash lands on the nearest valid slide, never on an error.
 */
import type { SlideMeta } from './types';

export function decodeHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/**
 * The slide a hash names. Order: a slide key (step id, chapter slug, "end"); a slide number
 * (1-based, clamped to the deck); anything else, including an empty or mangled hash, is `fallback`
 * (the chapter the path names, or the first slide).
 */
export function resolveHash(hash: string, slides: readonly Pick<SlideMeta, 'key'>[], fallback: number): number {
  const last = Math.max(0, slides.length - 1);
  const safeFallback = Math.min(Math.max(0, fallback), last);
  const id = decodeHash(hash);
  if (!id) return safeFallback;
  const byKey = slides.findIndex((s) => s.key === id);
  if (byKey >= 0) return byKey;
  // "12", "slide-12", "#/12": a slide number; 0 or less is the first, too large the last.
  const n = /^(?:slide-?|\/)?(-?\d{1,9})$/i.exec(id);
  if (n) return Math.min(Math.max(0, Number(n[1]) - 1), last);
  return safeFallback;
}

/** The hash that names a slide, with '#'. */
export function hashFor(slide: Pick<SlideMeta, 'key'>): string {
  return `#${encodeURIComponent(slide.key)}`;
}
