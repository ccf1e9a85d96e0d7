'use client';
/**
 * The "Present" control on a chapter page: opens the deck at the step being read. The link works
 * without JavaScript (the chapter's title slide); with it, the href follows the reader's step at
 * the moment of pointing, focusing or clicking. A Chinese chapter passes locale 'zh' (the /zh deck)
 * and its label, deckWords' 'presentLink.label' (the default is the English word).
 */
import { useState, type MouseEvent } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { presentHref, stepBeingRead } from './reading-position';

function currentHref(slug: string, locale: Locale): string {
  const scrollies = Array.from(document.querySelectorAll<HTMLElement>('[data-active-step]')).map((g) => {
    const box = (g.closest('.scrolly') ?? g).getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, step: g.getAttribute('data-active-step') };
  });
  const ids = Array.from(document.querySelectorAll('[data-step]'), (s) => s.id);
  return presentHref(slug, stepBeingRead(scrollies, window.innerHeight, window.location.hash, ids), locale);
}

/**
 * A pill at the right of the sticky header (present-link.css keeps the header's text clear of it);
 * on a phone an icon only, 44 × 44, its name still in the link for screen readers.
 */
const PILL = [
  'present-link fixed top-0.5 right-3 z-31 inline-flex h-11 min-w-11 items-center justify-center gap-1.5 px-3',
  'rounded-[999px] border border-rule bg-raised font-sans text-small leading-none font-semibold text-ink no-underline hover:border-ink print:hidden',
  '[@media(max-width:40rem)]:right-2 [@media(max-width:40rem)]:w-11 [@media(max-width:40rem)]:p-0',
].join(' ');

export function PresentLink({ slug, locale = 'en', label = 'Present' }: { slug: string; locale?: Locale; label?: string }) {
  const [href, setHref] = useState(presentHref(slug, null, locale));
  const refresh = () => setHref(currentHref(slug, locale));
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    const now = currentHref(slug, locale);
    // A plain click goes to where the reader is now, even if the page scrolled since pointing.
    if (now !== href && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      window.location.assign(now);
    }
  };
  return (
    <a href={href} className={PILL} onPointerEnter={refresh} onPointerDown={refresh} onFocus={refresh} onKeyDown={refresh} onClick={open}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="size-4 fill-none stroke-current stroke-2 [stroke-linejoin:round] [@media(max-width:40rem)]:size-5">
        <path d="M3 4h18v12H3zM12 16v4M8 20h8M10 8l4 2-4 2z" />
      </svg>
      <span className="present-label [@media(max-width:40rem)]:sr-only">{label}</span>
    </a>
  );
}
