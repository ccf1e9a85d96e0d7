'use client';
/** The speaker's stopwatch (start, pause, reset; kept across reloads) and the time of day. */
import { useEffect, useState } from 'react';
import type { DeckWords } from '@/content/ui/deck';
import { HTML_LANG, type Locale } from '@/lib/i18n/locale';
import { PRESENTER_BUTTON_HOVER } from './presenter-button';
import { elapsedMs, formatElapsed, parseTimer, STOPPED, timerReducer, type TimerAction, type TimerState } from './timer';

const STORE = 'last-big-bet-timer';

/** The current time, ticking each second; null until mounted, so server and client HTML agree. */
function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function useStoredTimer(): [TimerState, (type: TimerAction['type']) => void] {
  const [timer, setTimer] = useState<TimerState>(STOPPED);
  useEffect(() => {
    setTimer(parseTimer(localStorage.getItem(STORE)));
    const sync = (e: StorageEvent) => e.key === STORE && setTimer(parseTimer(e.newValue));
    window.addEventListener('storage', sync);
    return () => window.removeEventListener('storage', sync);
  }, []);
  const act = (type: TimerAction['type']) =>
    setTimer((t) => {
      const next = timerReducer(t, { type, now: Date.now() });
      try {
        localStorage.setItem(STORE, JSON.stringify(next));
      } catch {
        // Storage blocked: the timer still runs, it just will not survive a reload.
      }
      return next;
    });
  return [timer, act];
}

export function SpeakerClock({ locale, words: w }: { locale: Locale; words: DeckWords }) {
  const now = useNow();
  const [timer, act] = useStoredTimer();
  // The time of day as the edition's readers write it (zh-CN: 24-hour, no AM/PM).
  const clock = now === null ? '--:--' : new Date(now).toLocaleTimeString(HTML_LANG[locale], { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="speaker-clock ml-auto flex items-center gap-8 [@media(max-width:60rem)]:ml-0">
      <div className="speaker-timer flex items-center gap-2" role="group" aria-label={w['clock.group']}>
        <span className="speaker-elapsed min-w-[5.5ch] text-title font-extrabold tabular-nums not-data-running:text-muted" data-running={timer.running || undefined}>
          <span className="sr-only">{w['clock.elapsed']}</span>
          {formatElapsed(now === null ? 0 : elapsedMs(timer, now))}
        </span>
        {timer.running ? (
          <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => act('pause')}>{w['clock.pause']}</button>
        ) : (
          <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => act('start')}>{w[timer.banked ? 'clock.resume' : 'clock.start']}</button>
        )}
        <button type="button" className={PRESENTER_BUTTON_HOVER} onClick={() => act('reset')}>{w['clock.reset']}</button>
      </div>
      <p className="speaker-time text-[1.75rem] tabular-nums">
        <span className="sr-only">{w['clock.now']}</span>
        <span>{clock}</span>
      </p>
    </div>
  );
}
