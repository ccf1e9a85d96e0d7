/**
 * The speaker's stopwatch as data: it survives a reload of the speaker view because the state is
 * two timestamps and a sum, kept in localStorage, not a counter in memory.
 */
export interface TimerState {
  running: boolean;
  /** When the current run started (ms since epoch); meaningful while running. */
  since: number;
  /** Time from earlier runs, ms. */
  banked: number;
}

export type TimerAction = { type: 'start' | 'pause' | 'reset'; now: number };

export const STOPPED: TimerState = { running: false, since: 0, banked: 0 };

export function elapsedMs(t: TimerState, now: number): number {
  return t.banked + (t.running ? Math.max(0, now - t.since) : 0);
}

export function timerReducer(t: TimerState, a: TimerAction): TimerState {
  switch (a.type) {
    case 'start':
      return t.running ? t : { running: true, since: a.now, banked: t.banked };
    case 'pause':
      return t.running ? { running: false, since: 0, banked: elapsedMs(t, a.now) } : t;
    case 'reset':
      return STOPPED;
  }
}

/** 0:07, 12:34, 1:02:03 */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function parseTimer(json: string | null): TimerState {
  try {
    const t = JSON.parse(json ?? '') as Partial<TimerState>;
    if (typeof t.running === 'boolean' && Number.isFinite(t.since) && Number.isFinite(t.banked)) return t as TimerState;
  } catch {
    // Nothing stored, or something unreadable: start from zero.
  }
  return STOPPED;
}
