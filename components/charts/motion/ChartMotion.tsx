'use client';
/**
 * The motion around one chart: motion's features (loaded after the chart has rendered), the
 * reader's reduced-motion setting, and the step clock every mark reads to know whether it is in a
 * step change (tween) or following the scroll (set directly).
 *
 * The wrapper is `display: contents`, so it adds no box; while a move runs it carries
 * `data-moving`, which tests and tools wait on the way they wait on CSS animations.
 */
import { createContext, useContext, useEffect, useReducer, useState, type ComponentType, type ReactNode } from 'react';
import { LazyMotion, MotionConfig, useReducedMotion, useReducedMotionConfig, type Transition } from 'motion/react';
import type { ChartProps } from '../types';
import { EASE, MOVE_MS, remaining } from './timing';

const loadFeatures = () => import('./features').then((r) => r.default);

/** When the chart's step last changed (performance.now()), or null: nothing has moved yet. */
const StepClock = createContext<number | null>(null);

const INSTANT: Transition = { duration: 0 };

/** The transition a mark uses for what changed in this render: the rest of the move, or none. */
export function useMarkTransition(): Transition {
  const changedAt = useContext(StepClock);
  const reduce = useReducedMotionConfig();
  const left = reduce ? 0 : remaining(now(), changedAt);
  return left ? { duration: left / 1000, ease: EASE } : INSTANT;
}

const now = () => (typeof performance === 'undefined' ? 0 : performance.now());

export function ChartMotion({ step, children }: { step: number; children: ReactNode }) {
  // The clock restarts in the render where the step changes (state from the previous render).
  const [clock, setClock] = useState<{ step: number; at: number | null }>({ step, at: null });
  if (clock.step !== step) setClock({ step, at: now() });
  const reduce = useReducedMotion();
  const left = reduce ? 0 : remaining(now(), clock.at);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!left) return;
    const id = window.setTimeout(rerender, left + 20);
    return () => clearTimeout(id);
  }, [left, clock.at]);
  return (
    <LazyMotion features={loadFeatures}>
      <MotionConfig reducedMotion="user">
        <StepClock.Provider value={clock.at}>
          <div className="chart-motion" data-moving={left ? '' : undefined}>{children}</div>
        </StepClock.Provider>
      </MotionConfig>
    </LazyMotion>
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
