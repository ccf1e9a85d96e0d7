'use client';
/**
 * The key map (?), from the same table the keyboard controller is tested against. A modal dialog
 * (DeckDialog): focus starts on its Close button, its first control.
 */
import type { RefObject } from 'react';
import { DeckDialog } from './DeckDialog';
import { KEY_HELP } from './keymap';

export function HelpOverlay({ role, onClose, returnFocus }: { role: 'deck' | 'speaker'; onClose(): void; returnFocus?: RefObject<HTMLElement | null> }) {
  return (
    <DeckDialog labelledBy="deck-help-title" onDismiss={onClose} returnFocus={returnFocus}>
      <div className="deck-help">
        <h2 id="deck-help-title">Keys</h2>
        <dl>
          {KEY_HELP.filter((row) => !row.role || row.role === role).map((row) => (
            <div key={row.does}>
              <dt>
                {row.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (row.keys[0] === 'a number' ? ' then ' : ' ')}
                    {k === 'a number' ? k : <kbd>{k}</kbd>}
                  </span>
                ))}
              </dt>
              <dd>{row.does}</dd>
            </div>
          ))}
        </dl>
        <p className="deck-help-more">Swipe left or right on a touch screen. The cursor and the controls hide after two seconds without mouse movement.</p>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </DeckDialog>
  );
}
