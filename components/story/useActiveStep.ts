'use client';
/**
 * Binds the engine to the page: which step of this scrolly holds the trigger line, and how far
 * through it the reader is. Scroll and resize events only schedule a frame; positions are read
 * once per frame in requestAnimationFrame, never in the event handler itself.
 */
import { useEffect, useState, type RefObject } from 'react';
import { chartAboveText, pickActiveStep, quantise, sameActive, textAreaTrigger, triggerLine, type ActiveStep } from './engine';

export function useActiveStep(container: RefObject<HTMLElement | null>): ActiveStep {
  const [active, setActive] = useState<ActiveStep>({ index: 0, progress: 0 });

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
    const chart = root.querySelector<HTMLElement>('.scrolly-graphic');
    const column = root.querySelector<HTMLElement>('.scrolly-steps');
    let frame = 0;

    const measure = () => {
      frame = 0;
      // Chart pinned above the text (phones): the line is in the text area, just below the chart.
      // Beside it (wider screens): a share of the viewport's height.
      const box = chart?.getBoundingClientRect();
      const stacked = box && column ? chartAboveText(box, column.getBoundingClientRect()) : false;
      const line = stacked && box ? textAreaTrigger(box.bottom, window.innerHeight) : triggerLine(window.innerHeight);
      const found = pickActiveStep(steps.map((s) => s.getBoundingClientRect()), line);
      const next = { index: found.index, progress: quantise(found.progress) };
      setActive((prev) => (sameActive(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    // Every scroll is measured, on or off screen: a fling from above the scrolly to below it must
    // still leave it on its last step. A measure is a handful of rect reads in one frame.
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', schedule);
    measure();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('hashchange', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [container]);

  return active;
}
