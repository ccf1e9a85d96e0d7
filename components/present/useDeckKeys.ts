'use client';
/**
 * The keyboard controller: one listener on the window, in the capture phase, so a key reaches the
 * deck wherever focus is (a link, a button) and a handled key never also clicks the focused button.
 */
import { useEffect, useRef, type Dispatch } from 'react';
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
  const latest = useRef({ state, commands });
  latest.current = { state, commands };

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || typingIn(e.target)) return;
      const { state, commands } = latest.current;
      const intent = intentFor(e, { role, overview: state.overview, help: state.help, goto: state.goto, columns: OVERVIEW_COLUMNS });
      if (!intent) return;
      e.preventDefault();
      if (intent.type === 'fullscreen') commands.fullscreen();
      else if (intent.type === 'speaker') commands.speaker();
      else dispatch(intent);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [role, dispatch, enabled]);

  // A half-typed slide number is forgotten after a few seconds.
  useEffect(() => {
    if (!state.goto) return;
    const t = setTimeout(() => dispatch({ type: 'clearGoto' }), 4000);
    return () => clearTimeout(t);
  }, [state.goto, dispatch]);
}
