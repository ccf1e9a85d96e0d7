'use client';
/**
 * The header's link to this page in the other edition. Without JavaScript it goes to the same
 * page there (the chapter's top); with it, its href follows the step being read as the reader
 * scrolls (the step ids are the same in both editions), so a click lands on the same step with
 * the chart in the same state. The href is written straight to the link: no re-render per scroll.
 */
import { useEffect, useRef } from 'react';
import { stepBeingRead } from '@/components/present/reading-position';

/** The step this page is on now, or null in prose before, between or after the scrollies. */
function currentStep(): string | null {
  const scrollies = Array.from(document.querySelectorAll<HTMLElement>('[data-active-step]'), (g) => {
    const box = (g.closest('.scrolly') ?? g).getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, step: g.getAttribute('data-active-step') };
  });
  const ids = Array.from(document.querySelectorAll('[data-step]'), (s) => s.id);
  return stepBeingRead(scrollies, window.innerHeight, window.location.hash, ids);
}

export function LanguageSwitch({ href, text, name, lang, pageLang }: {
  /** The same page in the other edition, without a step. */
  href: string;
  /** The other edition's name in its own language (中文, English). */
  text: string;
  /** What the link does, in this page's language, heard after the visible text. */
  name: string;
  /** The other edition's language: the link's lang and hreflang. */
  lang: string;
  /** This page's language, for the words screen readers hear. */
  pageLang: string;
}) {
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const step = currentStep();
      link.current?.setAttribute('href', step ? `${href}#${encodeURIComponent(step)}` : href);
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(update); };
    // The engine moves data-active-step after a scroll; watching it as well as the scroll means
    // the href is right even when the step changes without one (a hash jump, a resize).
    const steps = new MutationObserver(schedule);
    for (const g of document.querySelectorAll('[data-active-step]')) steps.observe(g, { attributes: true, attributeFilter: ['data-active-step'] });
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    update();
    return () => {
      steps.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, [href]);

  return (
    // The accessible name starts with the visible text (WCAG 2.5.3, label in name), then says what
    // the link does in the reader's language: "中文 Read this page in Chinese".
    <a ref={link} href={href} className="language-switch ms-auto inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-full px-2 font-semibold text-ink no-underline hover:underline" lang={lang} hrefLang={lang}>
      {text}
      <span className="sr-only" lang={pageLang}> {name}</span>
    </a>
  );
}
