'use client';
/**
 * The last guard against a caption longer than its box: the server already sizes captions by
 * their length (build-deck.tsx), and if one still overflows, this shrinks it in 8% steps before
 * the frame is painted, down to half size.
 *
 * The first measure of a caption comes from a ResizeObserver, which the browser calls after its
 * own layout and before paint, so an ordinary key press pays for no extra layout (reading the
 * caption's size in a layout effect forced one, ≈9 ms a press at 4x throttling). Only a caption
 * that does overflow is measured again at once after each step, in a layout effect.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

const STEP = 0.92;
const MIN = 0.5;

/** A hidden box (display: none) measures 0 by 0: nothing to fit until it is shown. */
const overflows = (el: HTMLElement) => el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1;

export function useShrinkToFit(key: string): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState({ key, shrink: 1 });
  // A new slide starts again from full size.
  const shrink = state.key === key ? state.shrink : 1;
  if (state.key !== key) setState({ key, shrink: 1 });
  const smaller = () => setState((s) => (s.key === key && s.shrink > MIN ? { key, shrink: Math.max(MIN, s.shrink * STEP) } : s));

  // The caption is shown, or its box changed size (a window resize): measure after layout.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // flushSync: the smaller caption renders before this frame is painted.
    const observer = new ResizeObserver(() => overflows(el) && flushSync(smaller));
    observer.observe(el);
    return () => observer.disconnect();
  }, [key]);

  // Shrinking: one step may not be enough, so measure again before paint.
  useLayoutEffect(() => {
    if (shrink < 1 && ref.current && overflows(ref.current)) smaller();
  }, [key, shrink]);

  return [ref, shrink];
}
