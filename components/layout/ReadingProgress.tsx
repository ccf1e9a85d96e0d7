'use client';
/**
 * A thin bar under the header showing how far through the chapter the reader is. Browsers with
 * scroll-driven animations draw it in CSS alone (below), off the main thread; elsewhere
 * this sets its width on the frame after a scroll. Decorative: the position is the reader's own.
 */
import type { Locale } from '@/lib/i18n/locale';
import { useEffect, useRef } from 'react';
import { readingProgress } from './progress';

/**
 * Empty until moved. Where the browser can, the bar follows the article's view timeline
 * (--chapter-read, navigation.css) in CSS alone: no script runs while scrolling. The range: from the
 * article's top meeting the header to its end meeting the screen's bottom. Its duration is not a
 * time, so the reduced-motion rule must not zero it: the important duration here is in a layer,
 * which outranks that unlayered rule's.
 */
const BAR = 'reading-progress-bar h-full origin-left bg-accent [transform:scaleX(0)] supports-[animation-timeline:view()]:animate-reading-progress supports-[animation-timeline:view()]:[animation-timeline:--chapter-read] supports-[animation-timeline:view()]:[animation-range:contain_0%_contain_100%] supports-[animation-timeline:view()]:[animation-duration:auto]!';

// locale: accepted so both editions' headers pass the same props; the bar has no words.
export function ReadingProgress({ article }: { article: string; locale?: Locale }) {
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
      <div ref={bar} className={BAR} />
    </div>
  );
}
