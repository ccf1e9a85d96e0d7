'use client';
/** A bar whose fill and outline say how its figure is sourced, and the legend swatch that matches it. */
import type { ReactNode } from 'react';
import { Bar, Label } from '../marks';
import type { Sourcing } from './figures';

/** Geometry in attributes and style, like Bar. */
export function SourcedBar({ x, y, width, height, kind, tone, opacity = 1 }: {
  x: number; y: number; width: number; height: number; kind: Sourcing; tone: string; opacity?: number;
}) {
  if (kind === 'reported') return <Bar x={x} y={y} width={width} height={height} className={tone} opacity={opacity} />;
  const h = Math.max(0, height);
  const colour = `var(--${tone.replace('c-', '')})`;
  const paint = {
    fill: kind === 'derived' ? colour : 'var(--bg-raised)',
    fillOpacity: kind === 'derived' ? 0.35 : 1,
    stroke: colour, strokeWidth: 1.75, strokeDasharray: kind === 'derived' ? '5 3' : '2 2.5',
  };
  return <Bar x={x + 0.9} y={y} width={Math.max(0, width - 1.8)} height={h} opacity={opacity} style={paint} />;
}

export function Swatch({ x, y, kind, children }: { x: number; y: number; kind: Sourcing; children: ReactNode }) {
  return (
    <g>
      <SourcedBar x={x} y={y - 9} width={12} height={10} kind={kind} tone="c-neutral" />
      <Label x={x + 16} y={y} anchor="start" size={11}>{children}</Label>
    </g>
  );
}
