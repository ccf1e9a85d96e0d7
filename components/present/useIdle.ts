'use client';
/**
 * True once the mouse has not moved for `ms`: the deck then hides the cursor and its controls.
 * Only where the main pointer is a mouse or a pen (it hovers): on a phone or a tablet no mouse ever
 * moves, so the controls would vanish two seconds after the deck opened and nothing would bring
 * them back.
 */
import { useEffect, useState } from 'react';

const HOVERING = '(hover: hover) and (pointer: fine)';

export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!matchMedia(HOVERING).matches) return;
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}
