'use client';
/**
 * The key map (?), from the same table the keyboard controller is tested against. A modal dialog
 * (DeckDialog): focus starts on its Close button, its first control.
 */
import type { RefObject } from 'react';
import type { DeckWords } from '@/content/ui/deck';
import { DeckDialog } from './DeckDialog';
import { KEY_HELP, SAID_KEYS } from './keymap';
import { PRESENTER_BUTTON } from './presenter-button';

/** On the stage the card sits over the slide in its units; the speaker view centres it in the window. */
const PLACE = {
  deck: 'absolute inset-x-[20cqw] inset-y-[5cqw] text-[length:max(13px,1.45cqw)]',
  speaker: 'fixed inset-x-[max(1rem,50vw_-_22rem)] inset-y-[8vh] text-base',
};

export function HelpOverlay({ role, words: w, onClose, returnFocus }: { role: 'deck' | 'speaker'; words: DeckWords; onClose(): void; returnFocus?: RefObject<HTMLElement | null> }) {
  return (
    <DeckDialog labelledBy="deck-help-title" onStage={role === 'deck'} onDismiss={onClose} returnFocus={returnFocus}>
      <div className={`deck-help z-11 overflow-auto rounded-[8px] border border-rule bg-raised px-[3cqw] py-[2.4cqw] leading-[1.4] text-ink print:hidden! ${PLACE[role]}`}>
        <h2 id="deck-help-title" className="mb-[0.6em] text-[1.6em] font-extrabold">{w['help.title']}</h2>
        <dl className="grid gap-[0.45em]">
          {KEY_HELP.filter((row) => !row.role || row.role === role).map((row) => (
            <div key={row.does} className="grid grid-cols-[55%_1fr] gap-[1em]">
              <dt className="text-ink">
                {row.keys.map((k, i) => {
                  const label = SAID_KEYS[k] ? w[SAID_KEYS[k]] : k;
                  // A typed number is not a key: it is said in words, and the key after it follows "then".
                  const number = row.kind === 'number';
                  return (
                    <span key={k}>
                      {i > 0 && (number ? w['help.then'] : ' ')}
                      {number && i === 0 ? label : <kbd className="mr-[0.2em] rounded-[4px] border border-rule px-[0.35em] font-[inherit] font-semibold">{label}</kbd>}
                    </span>
                  );
                })}
              </dt>
              <dd className="text-muted">{w[row.does]}</dd>
            </div>
          ))}
        </dl>
        <p className="deck-help-more my-[1em] text-muted">{w['help.more']}</p>
        <button type="button" className={PRESENTER_BUTTON} onClick={onClose}>{w['help.close']}</button>
      </div>
    </DeckDialog>
  );
}
