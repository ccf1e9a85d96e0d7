'use client';
/**
 * The waiting times quoted for an order placed in one month: from the order (a dot) to when the
 * car would arrive, a range of weeks for the SU7 Max and an arrow for the SU7 Ultra.
 */
import { fill } from '@/lib/charts/copy';
import { numberOf } from '@/lib/charts/lookup';
import { pointDate, pointTime } from '@/lib/charts/time';
import type { LaunchCopy } from '@/content/charts/the-launch';
import { Label } from '../marks';
import { W, type ChartLocale } from '../types';
import { say, type LaunchFigures } from './figures';
import { HALO } from './halo';

const WEEK = 7 * 86_400_000;

export function WaitingTimes({ f, copy, locale, xs, top, shown }: {
  f: LaunchFigures; copy: LaunchCopy['waiting']; locale: ChartLocale;
  /** The time axis: a timestamp to x. */
  xs: (t: number) => number;
  top: number; shown: boolean;
}) {
  // An order placed in the quoted month: the middle of the month (the point's place in time).
  const ordered = pointTime(f.waitDate).getTime();
  const weeks = (p: typeof f.maxLow) => xs(ordered + numberOf(p) * WEEK);
  const xo = xs(ordered);
  const wy = [top + 22, top + 58];
  return (
    <g className="mark" style={{ opacity: shown ? 1 : 0 }}>
      <circle cx={xo} cy={wy[0]} r={4} style={{ fill: 'var(--accent)' }} />
      <circle cx={xo} cy={wy[1]} r={4} style={{ fill: 'var(--accent)' }} />
      <line x1={xo} x2={weeks(f.maxHigh)} y1={wy[0]} y2={wy[0]} style={{ stroke: 'var(--accent)', strokeWidth: 1.5 }} />
      <rect x={weeks(f.maxLow)} y={wy[0] - 5} width={weeks(f.maxHigh) - weeks(f.maxLow)} height={10} style={{ fill: 'var(--accent)' }} />
      <line x1={xo} x2={weeks(f.ultraWeeks)} y1={wy[1]} y2={wy[1]} style={{ stroke: 'var(--accent)', strokeWidth: 1.5 }} />
      <path d={`M${weeks(f.ultraWeeks)},${wy[1] - 5}l6,5l-6,5z`} style={{ fill: 'var(--accent)' }} />
      <g style={HALO}>
        {/* Set against the chart's right edge: begun at the order, they run past it on a 320 px phone. */}
        <Label x={W - 4} y={wy[0] - 10} anchor="end" size={11} weight={600}>{fill(copy.max, { low: say(f.maxLow, locale), high: say(f.maxHigh, locale) })}</Label>
        <Label x={W - 4} y={wy[1] - 10} anchor="end" size={11} weight={600}>{fill(copy.ultra, { weeks: say(f.ultraWeeks, locale) })}</Label>
        <Label x={xo - 8} y={wy[1] + 20} anchor="end" size={11} className="c-muted">{fill(copy.ordered, { date: pointDate(f.waitDate, locale) })}</Label>
      </g>
    </g>
  );
}
