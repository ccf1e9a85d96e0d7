'use client';
/** The speaker's stopwatch (start, pause, reset; kept across reloads) and the time of day. */
import { useEffect, useState } from 'react';
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

export function SpeakerClock() {
  const now = useNow();
  const [timer, act] = useStoredTimer();
  const clock = now === null ? '--:--' : new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="speaker-clock">
      <div className="speaker-timer" role="group" aria-label="Elapsed time">
        <span className="speaker-elapsed" data-running={timer.running || undefined}>
          <span className="sr-only">Elapsed </span>
          {formatElapsed(now === null ? 0 : elapsedMs(timer, now))}
        </span>
        {timer.running ? (
          <button type="button" onClick={() => act('pause')}>Pause</button>
        ) : (
          <button type="button" onClick={() => act('start')}>{timer.banked ? 'Resume' : 'Start'}</button>
        )}
        <button type="button" onClick={() => act('reset')}>Reset</button>
      </div>
      <p className="speaker-time">
        <span className="sr-only">Time now </span>
        <span>{clock}</span>
      </p>
    </div>
  );
}
