/**
 * The frame every chart draws in: an SVG with a title and a description of what the current step
 * shows. The description is also a polite live region, so a screen reader hears each new state
 * once, when the step changes (it depends on the step only, never on progress).
 */
import { useId, type ReactNode } from 'react';
import { H, W } from './types';

export function ChartFrame({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {children}
      </svg>
      <p className="sr-only" aria-live="polite" data-chart-description>
        {description}
      </p>
    </div>
  );
}

