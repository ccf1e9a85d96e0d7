'use client';
/**
 * An axis: its tick labels, printed by the registry's one formatter (the chart passes
 * formatCompact or formatValue from lib/registry/format.ts, never a hand-made string), and
 * optionally a grid line per tick.
 *
 * - `bottom`: labels under the plot at `labelAt` (the first starts at its tick and the last
 *   ends at it, so neither runs past the plot); grid lines are 1-unit bars from `grid.from` to
 *   `grid.to`.
 * - `left`: labels ending at x = `labelAt`, level with their tick.
 *
 * With `fadeKey`, the ticks belong to a step: a step change with another key fades the old ticks
 * out and the new ones in (Presence), as when a view changes its scale.
 */
import { Fragment } from 'react';
import { Appear, Label, Presence } from './primitives';

export interface AxisTick {
  /** Position along the axis, in drawing units. */
  at: number;
  value: number;
}

export function Axis({ orient, ticks, format, labelAt, grid, size = 11, className = 'c-muted', fadeKey }: {
  orient: 'bottom' | 'left';
  ticks: readonly AxisTick[];
  format: (value: number) => string;
  labelAt: number;
  grid?: { from: number; to: number };
  size?: number;
  className?: string;
  fadeKey?: string;
}) {
  const marks = ticks.map((t, i) => {
    const anchor = orient === 'left' ? 'end' : i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    const parts = (
      <>
        {grid && orient === 'bottom' && <rect x={t.at - 0.5} y={grid.from} width={1} height={grid.to - grid.from} style={{ fill: 'var(--rule)' }} />}
        {grid && orient === 'left' && <rect x={grid.from} y={t.at - 0.5} width={grid.to - grid.from} height={1} style={{ fill: 'var(--rule)' }} />}
        <Label x={orient === 'left' ? labelAt : t.at} y={orient === 'left' ? t.at + 4 : labelAt} size={size} className={className} anchor={anchor}>
          {format(t.value)}
        </Label>
      </>
    );
    return fadeKey === undefined ? <Fragment key={i}>{parts}</Fragment> : <Appear key={`${fadeKey}-${i}`}>{parts}</Appear>;
  });
  return fadeKey === undefined ? <>{marks}</> : <Presence>{marks}</Presence>;
}
