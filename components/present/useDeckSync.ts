'use client';
/**
 * Binds the window link (sync.ts) to a deck's state: applies what the other window does, sends what
 * this one does. The link is made once the deck has read its URL; what it reads of this window and
 * what it does with the other's messages are Effect Events, so a move never reconnects it.
 */
import { useEffect, useEffectEvent, useRef, type Dispatch } from 'react';
import type { DeckAction, DeckState } from './deck-state';
import { DeckLink, openTransport, type SyncState } from './sync';
import type { SlideMeta } from './types';
import type { Locale } from '@/lib/i18n/locale';

export function useDeckSync(role: 'deck' | 'speaker', locale: Locale, slides: SlideMeta[], state: DeckState, dispatch: Dispatch<DeckAction>, ready: boolean) {
  const key = slides[state.index]?.key ?? '';
  const { blackout } = state;
  const link = useRef<DeckLink | null>(null);

  const current = useEffectEvent((): SyncState => ({ key, blackout }));
  const apply = useEffectEvent((other: SyncState) => {
    const index = slides.findIndex((s) => s.key === other.key);
    // A slide this build does not have (the other window runs another build): keep ours.
    if (index >= 0) dispatch({ type: 'remote', index, blackout: other.blackout });
  });

  useEffect(() => {
    if (!ready) return;
    const l = new DeckLink(openTransport(locale), { role, current: () => current(), apply: (s) => apply(s) });
    link.current = l;
    l.start();
    return () => {
      l.stop();
      link.current = null;
    };
  }, [ready, role, locale]);

  useEffect(() => {
    link.current?.publish({ key, blackout });
  }, [key, blackout]);
}
