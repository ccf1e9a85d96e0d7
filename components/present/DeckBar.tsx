'use client';
/**
 * The stage's footer: slide number, a typed-in slide number while it is being typed, and the
 * presenter's controls. The controls fade out with the cursor after two idle seconds and come back
 * on mouse movement or keyboard focus; every one of them but the language switch also has a key.
 */
import { Fragment, type Dispatch } from 'react';
import type { DeckWords } from '@/content/ui/deck';
import type { Locale } from '@/lib/i18n/locale';
import { fill } from '@/lib/i18n/words';
import type { DeckAction } from './deck-state';
import { Icon, type IconName } from './icons';
import { LanguageSwitch, type SwitchWords } from './LanguageSwitch';

export function DeckBar({ words: w, locale, language, slideKey, chapter, index, count, goto, readingHref, dispatch, onSpeaker, onFullscreen }: {
  words: DeckWords;
  locale: Locale;
  language: SwitchWords;
  slideKey: string;
  chapter: string;
  index: number;
  count: number;
  goto: string;
  readingHref: string;
  dispatch: Dispatch<DeckAction>;
  onSpeaker(): void;
  onFullscreen(): void;
}) {
  const button = (icon: IconName, label: string, onClick: () => void, keys: string) => (
    <button type="button" onClick={onClick} aria-label={label} title={fill(w['deckBar.buttonTitle'], { label, keys })} aria-keyshortcuts={keys.replace(/ or /g, ' ')}>
      <Icon name={icon} />
    </button>
  );
  return (
    <div className="deck-bar">
      <div className="deck-controls" role="toolbar" aria-label={w['deckBar.toolbar']}>
        <a href={readingHref} className="deck-reading" aria-label={w['deckBar.reading']} title={w['deckBar.reading']}>
          <Icon name="reading" />
        </a>
        {button('prev', w['deckBar.prev'], () => dispatch({ type: 'prev' }), 'ArrowLeft')}
        {button('next', w['deckBar.next'], () => dispatch({ type: 'next' }), 'ArrowRight')}
        {button('overview', w['deckBar.overview'], () => dispatch({ type: 'overview' }), 'O')}
        {button('speaker', w['deckBar.speaker'], onSpeaker, 'S')}
        {button('fullscreen', w['deckBar.fullscreen'], onFullscreen, 'F')}
        {button('help', w['deckBar.help'], () => dispatch({ type: 'help' }), '?')}
        <LanguageSwitch locale={locale} words={language} chapter={chapter} slideKey={slideKey} />
      </div>
      {goto && (
        <p className="deck-goto" aria-live="polite">
          {fill(w['deckBar.goto'], { n: <strong>{goto}</strong> }).map((piece, i) => <Fragment key={i}>{piece}</Fragment>)}
        </p>
      )}
      <p className="deck-number">
        <span className="sr-only">{w['deckBar.numberBefore']}</span>
        {index + 1}
        <span aria-hidden="true"> / </span>
        <span className="sr-only">{w['deckBar.numberOf']}</span>
        {count}
        {w['deckBar.numberAfter'] && <span className="sr-only">{w['deckBar.numberAfter']}</span>}
      </p>
    </div>
  );
}
