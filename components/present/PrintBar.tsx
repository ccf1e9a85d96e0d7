'use client';
import type { DeckWords } from '@/content/ui/deck';
import type { Locale } from '@/lib/i18n/locale';
import { PRESENTER_BUTTON_HOVER } from './presenter-button';
import { deckPath, speakerPath } from './routes';
/** The top of the ?print view (never printed): print, with or without notes, back to the deck of the same edition. */
export function PrintBar({ title, withNotes, locale, words: w }: { title: string; withNotes: boolean; locale: Locale; words: DeckWords }) {
  const deck = deckPath(locale);
  const speaker = speakerPath(locale);
  return (
    <header className="print-bar mx-auto max-w-[297mm] pt-6 pb-4 text-white print:hidden!">
      <h1 id="handout-title" className="text-[1.75rem] font-extrabold">{title}</h1>
      <p className="mt-2 mb-4">{w['printBar.intro']}</p>
      <div className="print-actions flex flex-wrap gap-2">
        <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => window.print()}>{w['printBar.print']}</button>
        {withNotes ? <a href={`${deck}?print`} className={PRESENTER_BUTTON_HOVER}>{w['printBar.withoutNotes']}</a> : <a href={`${speaker}?print`} className={PRESENTER_BUTTON_HOVER}>{w['printBar.withNotes']}</a>}
        <a href={withNotes ? speaker : deck} className={PRESENTER_BUTTON_HOVER}>{w[withNotes ? 'printBar.backToSpeaker' : 'printBar.backToDeck']}</a>
      </div>
    </header>
  );
}
