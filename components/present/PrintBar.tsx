'use client';
import type { DeckWords } from '@/content/ui/deck';
import type { Locale } from '@/lib/i18n/locale';
import { deckPath, speakerPath } from './routes';
/** The top of the ?print view (never printed): print, with or without notes, back to the deck of the same edition. */
export function PrintBar({ title, withNotes, locale, words: w }: { title: string; withNotes: boolean; locale: Locale; words: DeckWords }) {
  const deck = deckPath(locale);
  const speaker = speakerPath(locale);
  return (
    <header className="print-bar">
      <h1 id="handout-title">{title}</h1>
      <p>{w['printBar.intro']}</p>
      <div className="print-actions">
        <button type="button" onClick={() => window.print()}>{w['printBar.print']}</button>
        {withNotes ? <a href={`${deck}?print`}>{w['printBar.withoutNotes']}</a> : <a href={`${speaker}?print`}>{w['printBar.withNotes']}</a>}
        <a href={withNotes ? speaker : deck}>{w[withNotes ? 'printBar.backToSpeaker' : 'printBar.backToDeck']}</a>
      </div>
    </header>
  );
}
