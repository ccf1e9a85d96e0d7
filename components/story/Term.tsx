/**
 * <Term id="adjusted-net-loss">adjusted net loss</Term> in MDX: marks a piece of jargon at its
 * first use in a chapter and explains it from content/glossary.ts.
 *
 * The term is a button that opens its definition with the HTML popover attribute, so it needs no
 * JavaScript: a click, a tap, Enter or Space opens it, Escape or a tap elsewhere closes it, and
 * the close button is a full-size touch target. Screen readers hear the definition as the
 * button's description without opening it. A browser that does not know popovers shows the
 * definition inline, in brackets. The definition sits outside the step card's word count
 * (lib/content-check.ts counts only the words between the tags). `locale` picks the edition's
 * glossary (content/zh/glossary.ts for Chinese) and words.
 */
import { useId, type ReactNode } from 'react';
import { glossary, isTermId } from '@/content/glossary';
import { glossaryZh } from '@/content/zh/glossary';
import { siteWords } from '@/content/ui/site';
import type { Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import './term.css';

export function Term({ id, children, locale = 'en' }: { id: string; children: ReactNode; locale?: Locale }) {
  if (!isTermId(id)) throw new Error(`<Term id="${id}">: no such entry in content/glossary.ts`);
  const entry = (locale === 'zh' ? glossaryZh : glossary)[id];
  const w = wordsFor(siteWords, locale);
  const popId = `term-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const textId = `${popId}-text`;
  return (
    <span className="term" data-term={id}>
      <button type="button" className="term-button" popoverTarget={popId} aria-describedby={textId}>
        <dfn>{children}</dfn>
      </button>
      <span id={popId} popover="auto" className="term-pop">
        <span className="term-fallback" aria-hidden="true">{w['term.fallbackOpen']}</span>
        <span id={textId}>
          <strong className="term-name">{fill(w['term.name'], { term: entry.term })}</strong>{locale === 'zh' ? '' : ' '}{entry.definition}
        </span>
        <span className="term-fallback" aria-hidden="true">{w['term.fallbackClose']}</span>
        <button type="button" className="term-close" popoverTarget={popId} popoverTargetAction="hide" aria-label={fill(w['term.close'], { term: entry.term })}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </span>
  );
}
