import { describe, expect, it } from 'vitest';
import { elapsedMs, formatElapsed, parseTimer, STOPPED, timerReducer, type TimerAction, type TimerState } from './timer';

const run = (...actions: TimerAction[]) => actions.reduce(timerReducer, STOPPED as TimerState);

describe('speaker timer', () => {
  it('counts while running, holds while paused, adds runs up', () => {
    const t = run({ type: 'start', now: 1000 });
    expect(elapsedMs(t, 4000)).toBe(3000);
    const paused = timerReducer(t, { type: 'pause', now: 5000 });
    expect(elapsedMs(paused, 99_000)).toBe(4000);
    const again = timerReducer(paused, { type: 'start', now: 10_000 });
    expect(elapsedMs(again, 11_000)).toBe(5000);
  });

  it('start while running and pause while paused change nothing; reset stops at zero', () => {
    const t = run({ type: 'start', now: 1000 });
    expect(timerReducer(t, { type: 'start', now: 2000 })).toBe(t);
    expect(timerReducer(STOPPED, { type: 'pause', now: 2000 })).toBe(STOPPED);
    expect(elapsedMs(timerReducer(t, { type: 'reset', now: 9000 }), 20_000)).toBe(0);
  });

  it('formats minutes and hours', () => {
    expect(formatElapsed(7_400)).toBe('0:07');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('reads back what it stored and ignores anything else', () => {
    const t = run({ type: 'start', now: 1000 });
    expect(parseTimer(JSON.stringify(t))).toEqual(t);
    expect(parseTimer(null)).toEqual(STOPPED);
    expect(parseTimer('{"running":"yes"}')).toEqual(STOPPED);
  });
});
