'use client';
/**
 * Tweens the attributes of one SVG mark with motion's animation engine (animateValue).
 *
 * React renders the resting values, so the server's HTML and the first client render are the
 * state itself (no hydration mismatch, no layout shift). When a render changes them during a step
 * change, the layout effect puts the element back where it was on screen before the frame is
 * painted, then motion moves it to the new values over the rest of the move, one batched write a
 * frame. A change outside a step change (scroll progress) is drawn at once: no lag behind the scroll.
 * Numbers interpolate; a `d` path morphs (path.ts); `text` is a number printed by `format`.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { animateValue } from 'motion/react';
import { useMoveTime, useTrack } from './ChartMotion';
import { interpolatePath } from './path';
import { EASE } from './timing';

export type Attrs = { opacity?: number; d?: string; text?: number } & Record<string, number | string | undefined>;

/** A cheap identity for a set of values (marks render every scroll frame; most change nothing). */
const keyOf = (v: Attrs) => Object.values(v).join('|');

function mixer(from: Attrs, to: Attrs): (p: number) => Attrs {
  const parts = Object.keys(to).map((k) => {
    const a = from[k];
    const b = to[k];
    if (typeof b === 'string') {
      const mix = interpolatePath(typeof a === 'string' ? a : b, b);
      return (p: number) => [k, mix(p)] as const;
    }
    const start = typeof a === 'number' ? a : b;
    return (p: number) => [k, start === undefined || b === undefined ? b : start + (b - start) * p] as const;
  });
  return (p) => Object.fromEntries(parts.map((f) => f(p))) as Attrs;
}

function draw(el: SVGElement, v: Attrs, format?: (n: number) => string) {
  for (const [k, value] of Object.entries(v)) {
    if (value === undefined) continue;
    if (k === 'opacity') el.style.opacity = String(value);
    else if (k === 'text') {
      // The text node React rendered, changed in place, so React's own updates still find it.
      if (el.firstChild && format) el.firstChild.nodeValue = format(value as number);
    } else {
      el.setAttribute(k, String(value));
      // A wrapped label's lines each start at the label's x (marks.tsx): they move with it.
      if (k === 'x') for (const line of Array.from(el.querySelectorAll(':scope > tspan[data-line]'))) line.setAttribute('x', String(value));
    }
  }
}

export function useTween<E extends SVGElement>(target: Attrs, format?: (n: number) => string): RefObject<E | null> {
  const ref = useRef<E>(null);
  const shown = useRef<Attrs>(target);
  const drawnKey = useRef(keyOf(target));
  const latest = useRef(target);
  latest.current = target;
  const moveTime = useMoveTime();
  const track = useTrack();
  const key = keyOf(target);
  const formatRef = useRef(format);
  formatRef.current = format;

  useLayoutEffect(() => {
    const el = ref.current;
    const from = shown.current;
    if (!el || drawnKey.current === key) return;
    const to = latest.current;
    drawnKey.current = key;
    const ms = moveTime();
    if (!ms) {
      shown.current = to;
      draw(el, to, formatRef.current);
      return;
    }
    const mix = mixer(from, to);
    draw(el, from, formatRef.current);
    const run = track(animateValue({
      keyframes: [0, 1], duration: ms, ease: EASE,
      onUpdate: (p) => {
        shown.current = p >= 1 ? to : mix(p);
        draw(el, shown.current, formatRef.current);
      },
      onComplete: () => {
        shown.current = to;
        draw(el, to, formatRef.current);
        run.done();
      },
    }));
    return () => run.stop();
    // `key` stands for the target's values; moveTime is read when the change commits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return ref;
}
