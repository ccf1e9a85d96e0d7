'use client';
/**
 * The motion around one chart: the reader's reduced-motion setting (MotionConfig "user" for any
 * motion component inside, and read once here for the marks, which tween through motion's
 * animation engine directly) and the
 * step clock every mark reads to know whether a change is a step change (tween over the rest of
 * the move) or the scroll moving on (draw at once).
 *
 * The wrapper is `display: contents`, so it adds no box; while a move runs it carries
 * `data-moving`, which tests and tools wait on the way they wait on CSS animations.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { MotionConfig, useReducedMotion } from 'motion/react';
import type { ChartProps } from '../types';
import { remaining } from './timing';

/**
 * When the chart's step last changed (performance.now(), or null: nothing has moved yet), and
 * whether the reader asked for reduced motion. One context for every mark of the chart.
 */
type Run = { stop(): void };
type Clock = { at: number | null; reduce: boolean; track: (run: Run) => { stop(): void; done(): void } };
const untracked = (run: Run) => ({ stop: () => run.stop(), done: () => {} });
const StepClock = createContext<Clock>({ at: null, reduce: false, track: untracked });

/** Charts inside a true provider jump to each state (the speaker view's preview of the next slide). */
export const StillCharts = createContext(false);

export const now = () => (typeof performance === 'undefined' ? 0 : performance.now());

/** Milliseconds a mark changed in this render should take to get there: the rest of the move, or 0. */
export function useMoveTime(): () => number {
  const { at, reduce } = useContext(StepClock);
  // Read when the mark's effect runs, not at render: a deferred render may commit a little later.
  return () => (reduce ? 0 : remaining(now(), at));
}

/**
 * Registers a running tween with the chart, so the chart says it is moving until the last one ends
 * (a busy main thread can start a tween a few frames late). done() when it ends, stop() to cut it.
 */
export function useTrack() {
  return useContext(StepClock).track;
}

export function ChartMotion({ step, children }: { step: string; children: ReactNode }) {
  // The clock restarts in the render where the step changes (state from the previous render).
  const [clock, setClock] = useState<{ step: string; at: number | null }>({ step, at: null });
  if (clock.step !== step) setClock({ step, at: now() });
  const still = useContext(StillCharts);
  const reduce = (useReducedMotion() ?? false) || still;
  const left = reduce ? 0 : remaining(now(), clock.at);
  // Tweens still running, each registered by the mark that started it.
  const running = useRef(0);
  const [busy, setBusy] = useState(false);
  const track = useCallback((run: Run) => {
    let open = true;
    if (running.current++ === 0) setBusy(true);
    const close = () => {
      if (!open) return;
      open = false;
      if (--running.current === 0) setBusy(false);
    };
    return { stop: () => { run.stop(); close(); }, done: close };
  }, []);
  const value = useMemo(() => ({ at: clock.at, reduce, track }), [clock.at, reduce, track]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!left) return;
    const id = window.setTimeout(rerender, left + 20);
    return () => clearTimeout(id);
  }, [left, clock.at]);
  return (
    <MotionConfig reducedMotion="user">
      <StepClock.Provider value={value}>
        <div className="chart-motion" data-moving={left || busy ? '' : undefined}>{children}</div>
      </StepClock.Provider>
    </MotionConfig>
  );
}

/** A chart component wrapped in its motion (the charts' registry loads both in the chart's chunk). */
export function withMotion<P extends ChartProps>(Chart: ComponentType<P>): ComponentType<P> {
  function MotionChart(props: P) {
    return (
      <ChartMotion step={props.step}>
        <Chart {...props} />
      </ChartMotion>
    );
  }
  MotionChart.displayName = `Motion(${Chart.displayName ?? Chart.name})`;
  return MotionChart;
}
