'use client';
/**
 * motion's deck features (animations, exits, layout animation) load after the first render, so
 * the deck's HTML and its keys do not wait for them. The hook hands LazyMotion the loader and says
 * when the features are in: until then a key still moves the deck, but the overview's morph and
 * the slide transitions cannot play, so the deck counts as ready only after they load.
 */
import { useCallback, useState } from 'react';

export function useDeckMotion() {
  const [animated, setAnimated] = useState(false);
  const features = useCallback(
    () => import('./motion-features').then((r) => {
      // Set in the same task as LazyMotion's own state, so both land in one render.
      setAnimated(true);
      return r.default;
    }),
    [],
  );
  return { features, animated };
}
