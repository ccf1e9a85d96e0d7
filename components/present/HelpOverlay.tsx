'use client';
/**
 * The key map (?), from the same table the keyboard controller is tested against. A modal dialog
 * (DeckDialog): focus starts on its Close button, its first control.
 */
import type { RefObject } from 'react';
import type { DeckWords } from '@/content/ui/deck';
import { DeckDialog } from './DeckDialog';
import { KEY_HELP, SAID_KEYS } from './keymap';

export function HelpOverlay({ role, words: w, onClose, returnFocus }: { role: 'deck' | 'speaker'; words: DeckWords; onClose(): void; returnFocus?: RefObject<HTMLElement | null> }) {
  return (
    <DeckDialog labelledBy="deck-help-title" onDismiss={onClose} returnFocus={returnFocus}>
      <div className="deck-help">
        <h2 id="deck-help-title">{w['help.title']}</h2>
        <dl>
          {KEY_HELP.filter((row) => !row.role || row.role === role).map((row) => (
            <div key={row.does}>
              <dt>
                {row.keys.map((k, i) => {
                  const label = SAID_KEYS[k] ? w[SAID_KEYS[k]] : k;
                  // A typed number is not a key: it is said in words, and the key after it follows "then".
                  const number = row.kind === 'number';
                  return (
                    <span key={k}>
                      {i > 0 && (number ? w['help.then'] : ' ')}
                      {number && i === 0 ? label : <kbd>{label}</kbd>}
                    </span>
                  );
                })}
              </dt>
              <dd>{w[row.does]}</dd>
            </div>
          ))}
        </dl>
        <p className="deck-help-more">{w['help.more']}</p>
        <button type="button" onClick={onClose}>{w['help.close']}</button>
      </div>
    </DeckDialog>
  );
}
