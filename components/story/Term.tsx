/**
 * <Term id="adjusted-net-loss">adjusted net loss</Term> in MDX: marks a piece of jargon at its
 * first use in a chapter and explains it from content/glossary.ts.
 *
 * The term is a button that opens its definition with the HTML popover attribute, so it needs no
 * JavaScript: a click, a tap, Enter or Space opens it, Escape or a tap elsewhere closes it, and
 * the close button is a full-size touch target. Screen readers hear the definition as the
 * button's description without opening it. A browser that does not know popovers shows the
 * definition inline, in brackets. The definition sits outside the step card's word count
 * (lib/content-check.ts counts only the words between the tags). `locale` gives the edition's
 * entry (content/zh/glossary.ts for Chinese) and its popover words.
 *
 * Where popovers work the card opens near the bottom of the screen, above everything (the top
 * layer): its look is all `open:`, so a closed card, or one in a browser without popovers, has
 * none of it. `no-popover:` (story.css) is that browser: the definition reads inline, in brackets,
 * and the buttons do nothing.
 */
import type { Locale } from '@/lib/i18n/locale';
import { useId, type ReactNode } from 'react';
import { glossary, isTermId } from '@/content/glossary';
import { glossaryZh } from '@/content/zh/glossary';
import { siteWords } from '@/content/ui/site';
import { fill, wordsFor } from '@/lib/i18n/words';

/** The focus ring of the term and of the close button: the accent, 2 px (offset and rounding are the page's). */
const RING = 'focus-visible:outline-2 focus-visible:outline-accent';
/** The open card. */
const CARD = 'open:fixed open:inset-x-3 open:top-auto open:bottom-3 open:mx-auto open:flex open:max-w-[30rem] open:items-start open:gap-2 '
  + 'open:rounded-lg open:border open:border-rule open:bg-raised open:py-3.5 open:pr-2 open:pl-4 open:text-ink open:shadow-[0_0.5rem_2rem_rgb(0_0_0/0.25)] '
  + 'open:font-sans open:text-ui open:leading-normal open:font-normal open:not-italic';

export function Term({ id, children, locale = 'en' }: { id: string; children: ReactNode; locale?: Locale }) {
  if (!isTermId(id)) throw new Error(`<Term id="${id}">: no such entry in content/glossary.ts`);
  const entry = (locale === 'zh' ? glossaryZh : glossary)[id];
  const w = wordsFor(siteWords, locale);
  // English puts a space after "Term:"; Chinese's full-width colon carries its own.
  const gap = locale === 'zh' ? '' : ' ';
  const popId = `term-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const textId = `${popId}-text`;
  return (
    <span className="term" data-term={id}>
      {/* [&:hover], not hover: Tailwind's hover applies only where the device hovers. */}
      <button
        type="button"
        className={`term-button cursor-help border-none underline decoration-muted decoration-dotted decoration-[1.5px] underline-offset-[0.2em] [&:hover]:decoration-accent ${RING} no-popover:cursor-text no-popover:no-underline`}
        popoverTarget={popId}
        aria-describedby={textId}
      >
        <dfn className="not-italic">{children}</dfn>
      </button>
      <span id={popId} popover="auto" className={`term-pop ${CARD} no-popover:text-[0.9em] no-popover:text-muted`}>
        <span className="term-fallback hidden no-popover:inline" aria-hidden="true">{w['term.fallbackOpen']}</span>
        <span id={textId}>
          <strong className="term-name font-semibold">{fill(w['term.name'], { term: entry.term })}</strong>{gap}{entry.definition}
        </span>
        <span className="term-fallback hidden no-popover:inline" aria-hidden="true">{w['term.fallbackClose']}</span>
        <button
          type="button"
          className={`term-close -my-2.5 ml-auto min-h-11 min-w-11 flex-none cursor-pointer rounded-sm border-none font-sans text-heading leading-none text-ink ${RING} focus-visible:-outline-offset-2 no-popover:hidden`}
          popoverTarget={popId} popoverTargetAction="hide" aria-label={fill(w['term.close'], { term: entry.term })}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </span>
  );
}
