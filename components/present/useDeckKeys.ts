'use client';
/**
 * The keyboard controller: one listener on the window, in the capture phase, so a key reaches the
 * deck wherever focus is (a link, a button) and a handled key never also clicks the focused button.
 * It is bound once; the handler is an Effect Event, so it reads this render's state without the
 * listener being unbound and bound again on every slide.
 */
import { useEffect, useEffectEvent, type Dispatch } from 'react';
import type { DeckAction, DeckState } from './deck-state';
import { intentFor, type KeyContext } from './keymap';

export const OVERVIEW_COLUMNS = 5;

export interface Commands {
  fullscreen(): void;
  speaker(): void;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useDeckKeys(role: KeyContext['role'], state: DeckState, dispatch: Dispatch<DeckAction>, commands: Commands, enabled = true) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.isComposing || typingIn(e.target)) return;
    const intent = intentFor(e, { role, overview: state.overview, help: state.help, goto: state.goto, columns: OVERVIEW_COLUMNS });
    if (!intent) return;
    e.preventDefault();
    if (intent.type === 'fullscreen') commands.fullscreen();
    else if (intent.type === 'speaker') commands.speaker();
    else dispatch(intent);
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, [enabled]);

  // A half-typed slide number is forgotten after a few seconds.
  useEffect(() => {
    if (!state.goto) return;
    const t = setTimeout(() => dispatch({ type: 'clearGoto' }), 4000);
    return () => clearTimeout(t);
  }, [state.goto, dispatch]);
}
