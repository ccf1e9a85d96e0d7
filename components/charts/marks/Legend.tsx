'use client';
/**
 * A legend: a swatch per item and its words beside it, items stacked `gap` units apart.
 * The swatch is drawn with the class the chart's own mark uses (`c-reported` for a dot of
 * published figures), so the legend and the mark always match.
 */
import { Fragment } from 'react';
import { Label } from './primitives';

export interface LegendItem {
  /**
   * The swatch, centred on the legend's x: a dot (r 5), a square (10 units), a bar (a block of
   * bars: 14 by 10) or a line (14 units long, for a line mark).
   */
  swatch: 'dot' | 'square' | 'bar' | 'line';
  className: string;
  label: string;
  /** Wrap the words at this many characters (see wrap.ts). */
  wrap?: number;
}

function Swatch({ kind, x, y, className }: { kind: LegendItem['swatch']; x: number; y: number; className: string }) {
  if (kind === 'dot') return <circle cx={x} cy={y} r={5} className={className} />;
  if (kind === 'line') return <line x1={x - 7} x2={x + 7} y1={y} y2={y} className={className} />;
  const w = kind === 'bar' ? 14 : 10;
  return <rect x={x - w / 2} y={y - 5} width={w} height={10} className={className} />;
}

/** `textAt`: how far right of x the words start (10 beside a dot or square; more beside a wider swatch). */
export function Legend({ x, y, items, gap = 18, size = 11, textAt = 10 }: {
  x: number; y: number; items: readonly LegendItem[]; gap?: number; size?: number; textAt?: number;
}) {
  return (
    <>
      {items.map((item, i) => {
        const cy = y + i * gap;
        return (
          <Fragment key={item.label}>
            <Swatch kind={item.swatch} x={x} y={cy} className={item.className} />
            <Label x={x + textAt} y={cy + 4} anchor="start" size={size} wrap={item.wrap}>{item.label}</Label>
          </Fragment>
        );
      })}
    </>
  );
}
