'use client';
/**
 * A thin bar under the header showing how far through the chapter the reader is. Browsers with
 * scroll-driven animations draw it in CSS alone (navigation.css), off the main thread; elsewhere
 * this sets its width on the frame after a scroll. Decorative: the position is the reader's own.
 */
import { useEffect, useRef } from 'react';
import { readingProgress } from './progress';

export function ReadingProgress({ article }: { article: string }) {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (CSS.supports('animation-timeline: view()')) return;
    const el = document.querySelector<HTMLElement>(`article[data-chapter="${article}"]`);
    const header = bar.current?.closest('header');
    if (!el || !header) return;
    let geometry = { top: 0, height: 0, inset: 0 };
    const measure = () => {
      const box = el.getBoundingClientRect();
      geometry = { top: box.top + window.scrollY, height: box.height, inset: header.offsetHeight };
    };
    let frame = 0;
    const paint = () => {
      frame = 0;
      const p = readingProgress(window.scrollY, geometry.top, geometry.height, window.innerHeight, geometry.inset);
      // Written straight to the bar's style: a re-render on every scrolled frame would be waste.
      bar.current?.style.setProperty('transform', `scaleX(${p})`);
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(paint); };
    const resized = new ResizeObserver(() => { measure(); schedule(); });
    resized.observe(el);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      resized.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [article]);

  return (
    <div className="pointer-events-none absolute inset-x-0 -bottom-px h-[3px]" aria-hidden="true">
      <div ref={bar} className="reading-progress-bar" />
    </div>
  );
}
