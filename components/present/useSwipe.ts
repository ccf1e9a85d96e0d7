'use client';
/** Touch screens: a horizontal swipe of at least 40 px goes to the next (leftwards) or previous slide. */
import { useEffect, useEffectEvent, type RefObject } from 'react';

const MIN_DISTANCE = 40;

export function useSwipe(target: RefObject<HTMLElement | null>, onSwipe: (to: 'next' | 'prev') => void) {
  // An Effect Event: the listeners stay bound while the caller's handler changes from render to render.
  const swiped = useEffectEvent(onSwipe);

  useEffect(() => {
    const el = target.current;
    if (!el) return;
    let start: { x: number; y: number } | null = null;
    const down = (e: TouchEvent) => {
      const t = e.touches[0];
      start = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    };
    const up = (e: TouchEvent) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      start = null;
      // Mostly sideways, and far enough not to be a tap.
      if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) > 1.5 * Math.abs(dy)) swiped(dx < 0 ? 'next' : 'prev');
    };
    const cancel = () => (start = null);
    el.addEventListener('touchstart', down, { passive: true });
    el.addEventListener('touchend', up, { passive: true });
    el.addEventListener('touchcancel', cancel, { passive: true });
    return () => {
      el.removeEventListener('touchstart', down);
      el.removeEventListener('touchend', up);
      el.removeEventListener('touchcancel', cancel);
    };
  }, [target]);
}
