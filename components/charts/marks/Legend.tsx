'use client';
/**
 * A legend: a swatch per item and its words beside it, items stacked `gap` units apart.
 * The swatch is drawn with the class the chart's own mark uses (`c-reported` for a dot of
 * published figures), so the legend and the mark always match.
 */
import { Fragment } from 'react';
import { Label } from './primitives';

export interface LegendItem {
  /** The swatch: a dot (r 5) or a square (10 units). */
  swatch: 'dot' | 'square';
  className: string;
  label: string;
  /** Wrap the words at this many characters (see wrap.ts). */
  wrap?: number;
}

export function Legend({ x, y, items, gap = 18, size = 11 }: { x: number; y: number; items: readonly LegendItem[]; gap?: number; size?: number }) {
  return (
    <>
      {items.map((item, i) => {
        const cy = y + i * gap;
        return (
          <Fragment key={item.label}>
            {item.swatch === 'dot'
              ? <circle cx={x} cy={cy} r={5} className={item.className} />
              : <rect x={x - 5} y={cy - 5} width={10} height={10} className={item.className} />}
            <Label x={x + 10} y={cy + 4} anchor="start" size={size} wrap={item.wrap}>{item.label}</Label>
          </Fragment>
        );
      })}
    </>
  );
}
