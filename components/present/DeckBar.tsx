'use client';
/**
 * The stage's footer: slide number, a typed-in slide number while it is being typed, and the
 * presenter's controls. The controls fade out with the cursor after two idle seconds and come back
 * on mouse movement or keyboard focus; every one of them also has a key.
 */
import type { Dispatch } from 'react';
import type { DeckAction } from './deck-state';
import { Icon, type IconName } from './icons';

export function DeckBar({ index, count, goto, readingHref, dispatch, onSpeaker, onFullscreen }: {
  index: number;
  count: number;
  goto: string;
  readingHref: string;
  dispatch: Dispatch<DeckAction>;
  onSpeaker(): void;
  onFullscreen(): void;
}) {
  const button = (icon: IconName, label: string, onClick: () => void, keys: string) => (
    <button type="button" onClick={onClick} aria-label={label} title={`${label} (${keys})`} aria-keyshortcuts={keys.replace(/ or /g, ' ')}>
      <Icon name={icon} />
    </button>
  );
  return (
    <div className="deck-bar">
      <div className="deck-controls" role="toolbar" aria-label="Presentation controls">
        <a href={readingHref} className="deck-reading" aria-label="Back to reading at this step" title="Back to reading at this step">
          <Icon name="reading" />
        </a>
        {button('prev', 'Previous slide', () => dispatch({ type: 'prev' }), 'ArrowLeft')}
        {button('next', 'Next slide', () => dispatch({ type: 'next' }), 'ArrowRight')}
        {button('overview', 'Overview of all slides', () => dispatch({ type: 'overview' }), 'O')}
        {button('speaker', 'Open the speaker view', onSpeaker, 'S')}
        {button('fullscreen', 'Full screen', onFullscreen, 'F')}
        {button('help', 'Keyboard shortcuts', () => dispatch({ type: 'help' }), '?')}
      </div>
      {goto && (
        <p className="deck-goto" aria-live="polite">
          Go to slide <strong>{goto}</strong>, then Enter
        </p>
      )}
      <p className="deck-number">
        <span className="sr-only">Slide </span>
        {index + 1}
        <span aria-hidden="true"> / </span>
        <span className="sr-only"> of </span>
        {count}
      </p>
    </div>
  );
}
