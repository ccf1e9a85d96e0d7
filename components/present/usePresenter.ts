'use client';
/**
 * What the audience deck and the speaker view share, so each of them only lays out its page: the
 * one reducer (deck-state.ts, the model is Spectacle's deck state) and one controller a concern
 * feeding it (the model is reveal.js: each binds its listeners when it may act, unbinds them after):
 * the URL (useHashSync), the other window (useDeckSync, Slidev's typed sync) and the keys
 * (useDeckKeys). The handout view (?print) is a page of slides: it reads no URL and takes no key.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { deckReducer, initialDeckState } from './deck-state';
import { hashFor } from './slide-url';
import { isPrintView, registerServiceWorker, toggleFullscreen } from './browser';
import { speakerPath, speakerWindow } from './routes';
import type { Locale } from '@/lib/i18n/locale';
import type { SlideMeta } from './types';
import { useDeckKeys, type Commands } from './useDeckKeys';
import { useDeckSync } from './useDeckSync';
import { useHashSync } from './useHashSync';

export type PresenterRole = 'deck' | 'speaker';

export function usePresenter(role: PresenterRole, locale: Locale, slides: SlideMeta[], start = 0) {
  const [state, dispatch] = useReducer(deckReducer, undefined, () => initialDeckState(slides.length, start));
  const printView = usePrintView();
  const ready = useHashSync(slides, state.index, dispatch, start, !printView);
  useDeckSync(role, locale, slides, state, dispatch, ready && !printView);

  const openSpeaker = useSpeakerWindow(locale);
  const commands: Commands = { fullscreen: toggleFullscreen, speaker: () => openSpeaker(slides[state.index]) };
  useDeckKeys(role, state, dispatch, commands, !printView);

  // Only the deck has an overview; the key map is a dialog in both windows.
  const dialogOpen = state.help || (role === 'deck' && state.overview);
  return { state, dispatch, ready, printView, commands, dialogOpen };
}

/** ?print, read after hydration (the server renders the live view); the offline copy is installed then too. */
function usePrintView(): boolean {
  const [printView, setPrintView] = useState(false);
  useEffect(() => {
    setPrintView(isPrintView());
    registerServiceWorker();
  }, []);
  return printView;
}

/** Opens the edition's speaker view at a slide, or brings the one already open to the front. */
function useSpeakerWindow(locale: Locale) {
  const speaker = useRef<Window | null>(null);
  return useCallback((at: SlideMeta | undefined) => {
    if (speaker.current && !speaker.current.closed) speaker.current.focus();
    else speaker.current = window.open(`${speakerPath(locale)}${at ? hashFor(at) : ''}`, speakerWindow(locale), 'popup,width=1280,height=800');
  }, [locale]);
}
