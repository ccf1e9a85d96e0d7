'use client';
/**
 * An axis: its tick labels, printed by the registry's one formatter (the chart passes
 * formatCompact or formatValue from lib/registry/format.ts, never a hand-made string), and
 * optionally a grid line and a short tick mark per tick.
 *
 * - `bottom`: labels under the plot at `labelAt` (the first starts at its tick and the last
 *   ends at it, so neither runs past the plot); with `after`, every label instead starts that far
 *   right of its tick (a year read from its tick onwards, as on a road of years).
 * - `left`: labels ending at x = `labelAt`, level with their tick.
 * - `grid`: one line per tick across the plot, from `grid.from` to `grid.to`: 1-unit bars, or with
 *   `morph` paths (class c-axis, c-zero at the value 0) that morph to their new place when a step
 *   changes the scale, instead of fading.
 * - `tick`: a short mark across the axis line at each tick, from `tick.from` to `tick.to`.
 *
 * With `fadeKey`, the ticks belong to a step: a step change with another key fades the old ticks
 * out and the new ones in (Presence), as when a view changes its scale.
 */
import { Fragment } from 'react';
import { Appear, Label, Presence, Shape } from './primitives';

export interface AxisTick {
  /** Position along the axis, in drawing units. */
  at: number;
  value: number;
}

export function Axis({ orient, ticks, format, labelAt, after, grid, tick, size = 11, className = 'c-muted', fadeKey }: {
  orient: 'bottom' | 'left';
  ticks: readonly AxisTick[];
  format: (value: number) => string;
  labelAt: number;
  after?: number;
  grid?: { from: number; to: number; morph?: boolean };
  tick?: { from: number; to: number };
  size?: number;
  className?: string;
  fadeKey?: string;
}) {
  const left = orient === 'left';
  const marks = ticks.map((t, i) => {
    const anchor = left ? 'end' : after !== undefined ? 'start' : i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    const across = (from: number, to: number) => (left ? `M${from},${t.at}H${to}` : `M${t.at},${from}V${to}`);
    const parts = (
      <>
        {grid && (grid.morph
          ? <Shape d={across(grid.from, grid.to)} className={t.value === 0 ? 'c-zero' : 'c-axis'} />
          : left
            ? <rect x={grid.from} y={t.at - 0.5} width={grid.to - grid.from} height={1} style={{ fill: 'var(--rule)' }} />
            : <rect x={t.at - 0.5} y={grid.from} width={1} height={grid.to - grid.from} style={{ fill: 'var(--rule)' }} />)}
        {tick && (left
          ? <line x1={tick.from} x2={tick.to} y1={t.at} y2={t.at} className="c-axis" />
          : <line x1={t.at} x2={t.at} y1={tick.from} y2={tick.to} className="c-axis" />)}
        <Label x={left ? labelAt : t.at + (after ?? 0)} y={left ? t.at + 4 : labelAt} size={size} className={className} anchor={anchor}>
          {format(t.value)}
        </Label>
      </>
    );
    return fadeKey === undefined ? <Fragment key={i}>{parts}</Fragment> : <Appear key={`${fadeKey}-${i}`}>{parts}</Appear>;
  });
  return fadeKey === undefined ? <>{marks}</> : <Presence>{marks}</Presence>;
}
