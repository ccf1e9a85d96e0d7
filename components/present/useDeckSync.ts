'use client';
/** Binds the window link (sync.ts) to a deck's state: applies what the other window does, sends what this one does. */
import { useEffect, useRef, type Dispatch } from 'react';
import type { DeckAction, DeckState } from './deck-state';
import { DeckLink, openTransport, type SyncState } from './sync';
import type { SlideMeta } from './types';

export function useDeckSync(role: 'deck' | 'speaker', slides: SlideMeta[], state: DeckState, dispatch: Dispatch<DeckAction>, ready: boolean) {
  const link = useRef<DeckLink | null>(null);
  const key = slides[state.index]?.key ?? '';
  const current = useRef<SyncState>({ key, blackout: state.blackout });
  current.current = { key, blackout: state.blackout };

  useEffect(() => {
    if (!ready) return;
    const l = new DeckLink(openTransport(), {
      role,
      current: () => current.current,
      apply: ({ key, blackout }) => {
        const index = slides.findIndex((s) => s.key === key);
        // A slide this build does not have (the other window runs another build): keep ours.
        if (index >= 0) dispatch({ type: 'remote', index, blackout });
      },
    });
    link.current = l;
    l.start();
    return () => {
      l.stop();
      link.current = null;
    };
  }, [ready, role, slides, dispatch]);

  useEffect(() => {
    link.current?.publish({ key, blackout: state.blackout });
  }, [key, state.blackout]);
}
