'use client';
/**
 * The URL controller: the hash names the slide on screen (slide-url.ts), so a reload or a bookmark
 * returns to it. It is written with replaceState (no history entry per slide) and read on load and
 * whenever someone edits it. A hash that names nothing is replaced by the slide it resolved to.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useState, type Dispatch } from 'react';
import type { DeckAction } from './deck-state';
import { afterPaint } from './after-paint';
import { hashFor, resolveHash } from './slide-url';
import type { SlideMeta } from './types';

export function useHashSync(slides: SlideMeta[], index: number, dispatch: Dispatch<DeckAction>, start: number, enabled = true): boolean {
  const [ready, setReady] = useState(false);
  const read = useEffectEvent(() => dispatch({ type: 'go', index: resolveHash(window.location.hash, slides, start) }));

  // Before the first paint, so the server's slide is replaced by the URL's without a flash.
  useLayoutEffect(() => {
    if (!enabled) return;
    read();
    setReady(true);
    const onHash = () => read();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [enabled]);

  // Written once the new slide has painted: replaceState is not free (Next's router copies its
  // state into the entry and re-renders, ≈7 ms a press at 4x throttling), and the address can wait
  // a frame where the slide cannot. A press before then replaces the pending write.
  useEffect(() => {
    if (!ready || !slides[index]) return;
    return afterPaint(() => {
      const { hash } = window.location;
      // The deck's own address with no hash already means its first slide: keep it clean.
      if (!hash && index === start) return;
      const want = hashFor(slides[index]);
      if (hash !== want) window.history.replaceState(window.history.state, '', want);
    });
  }, [ready, index, slides, start]);

  return ready;
}
