'use client';
import { DECK_PATH, SPEAKER_PATH } from './routes';
/** The top of the ?print view (never printed): print, with or without notes, back to the deck. */
export function PrintBar({ title, withNotes }: { title: string; withNotes: boolean }) {
  return (
    <header className="print-bar">
      <h1 id="handout-title">{title}</h1>
      <p>One slide a landscape page. Print or save as PDF from here, or print the deck itself.</p>
      <div className="print-actions">
        <button type="button" onClick={() => window.print()}>Print</button>
        {withNotes ? <a href={`${DECK_PATH}?print`}>Without notes</a> : <a href={`${SPEAKER_PATH}?print`}>With speaker notes</a>}
        <a href={withNotes ? SPEAKER_PATH : DECK_PATH}>{`Back to the ${withNotes ? 'speaker view' : 'deck'}`}</a>
      </div>
    </header>
  );
}
