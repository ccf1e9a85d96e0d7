'use client';
/**
 * The URL controller: the hash names the slide on screen (slide-url.ts), so a reload or a bookmark
 * returns to it. It is written with replaceState (no history entry per slide) and read on load and
 * whenever someone edits it. A hash that names nothing is replaced by the slide it resolved to.
 */
import { useEffect, useLayoutEffect, useState, type Dispatch } from 'react';
import type { DeckAction } from './deck-state';
import { hashFor, resolveHash } from './slide-url';
import type { SlideMeta } from './types';

export function useHashSync(slides: SlideMeta[], index: number, dispatch: Dispatch<DeckAction>, start: number, enabled = true): boolean {
  const [ready, setReady] = useState(false);

  useLayoutEffect(() => {
    if (!enabled) return;
    const read = () => dispatch({ type: 'go', index: resolveHash(window.location.hash, slides, start) });
    read();
    setReady(true);
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [slides, start, dispatch, enabled]);

  useEffect(() => {
    if (!ready || !slides[index]) return;
    const { hash } = window.location;
    // The deck's own address with no hash already means its first slide: keep it clean.
    if (!hash && index === start) return;
    const want = hashFor(slides[index]);
    if (hash !== want) window.history.replaceState(window.history.state, '', want);
  }, [ready, index, slides, start]);

  return ready;
}
