'use client';
/**
 * The last guard against a caption longer than its box: the server already sizes captions by
 * their length (build-deck.tsx), and if one still overflows, this shrinks it in 8% steps before
 * the frame is painted (layout effects run before paint), down to half size.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

const STEP = 0.92;
const MIN = 0.5;

export function useShrinkToFit(key: string): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState({ key, shrink: 1 });
  // A new slide starts again from full size.
  const shrink = state.key === key ? state.shrink : 1;
  if (state.key !== key) setState({ key, shrink: 1 });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      // A hidden box (display: none) measures 0 by 0: nothing to fit until it is shown.
      if (el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1)
        setState((s) => (s.key === key && s.shrink > MIN ? { key, shrink: Math.max(MIN, s.shrink * STEP) } : s));
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [key, shrink]);

  return [ref, shrink];
}
