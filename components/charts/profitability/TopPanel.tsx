'use client';
/**
 * The profitability chart's top panel: the segment's gross margin as a line that draws itself
 * point by point, or, at the end, the average price per car (a quarter without a figure left as a
 * gap, the full-year average as a dashed line across that year's quarters).
 */
import type { ScaleBand } from 'd3-scale';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max, min } from 'd3-array';
import { fill } from '@/lib/charts/copy';
import { formatCompact, formatValue } from '@/lib/registry/format';
import type { ProfitabilityCopy, ProfitabilityState } from '@/content/charts/profitability';
import { Label, Shape } from '../marks';
import type { ChartLocale } from '../types';
import { partial, runs, type ProfitabilityFigures } from './figures';
import { LEFT, RIGHT, TOP } from './layout';

const path = (pts: [number, number][]) => line()(pts.length > 1 ? pts : [pts[0], pts[0]]) ?? '';

export function TopPanel({ f, copy, locale, state, previous, progress: g, x }: {
  f: ProfitabilityFigures; copy: ProfitabilityCopy; locale: ChartLocale;
  state: ProfitabilityState; previous: ProfitabilityState | undefined;
  /** The step's growth (grow(progress)): a line a step extends draws itself with it. */
  progress: number;
  x: ScaleBand<string>;
}) {
  const bw = x.bandwidth();
  const cx = (period: string) => x(period)! + bw / 2;
  const showMargin = state.top === 'margin';
  const on = (shown: boolean) => (shown ? 1 : 0);

  // Gross margin in per cent, from zero.
  const yM = scaleLinear([0, max(f.margin, (p) => p.value) ?? 1], [TOP.y1, TOP.y0]).nice(3);
  // Average price per car; not from zero, so the ticks say where it starts.
  const aspLo = Math.min(min(f.asp, (p) => p.value) ?? 0, f.yearValue);
  const aspHi = Math.max(max(f.asp, (p) => p.value) ?? 1, f.yearValue);
  const yA = scaleLinear([aspLo - (aspHi - aspLo) * 0.15, aspHi], [TOP.y1, TOP.y0]).nice(4);

  const shownPoints = state.marginPoints;
  // A step that adds margin points draws the line point by point as the reader scrolls in.
  const drawing = previous !== undefined && previous.marginPoints < shownPoints;
  const reveal = Math.max(1, (shownPoints - 1) * (drawing ? g : 1) + 1);
  const marginPts = f.margin.map((p) => [cx(p.period), yM(p.value)] as [number, number]);
  const lone = shownPoints === 1;

  const fyX1 = x(f.yearQuarters[0])!;
  const fyX2 = x(f.yearQuarters[f.yearQuarters.length - 1])! + bw;
  const percent = (t: number) => formatValue({ value: t, unit: '%' }, { locale });
  const k = (v: number) => formatCompact(v, { scale: 'k', digits: 1, locale });

  return (
    <>
      {/* Panel titles: the top one changes with the measure it shows. */}
      <Label x={8} y={22} anchor="start" size={13} weight={600} opacity={on(showMargin)}>{copy.margin.heading}</Label>
      <Label x={8} y={22} anchor="start" size={13} weight={600} opacity={on(!showMargin)}>{copy.price.heading}</Label>
      <Label x={8} y={38} anchor="start" size={11} className="c-muted" opacity={on(showMargin)}>{copy.margin.sub}</Label>
      <Label x={8} y={38} anchor="start" size={11} className="c-muted" opacity={on(!showMargin)}>{copy.price.sub}</Label>

      {/* Gridlines and ticks: margin or price. */}
      {yM.ticks(3).map((t) => (
        <g key={`m${t}`} className="mark" style={{ opacity: on(showMargin) }}>
          <line x1={LEFT - 4} x2={RIGHT} y1={yM(t)} y2={yM(t)} className="c-axis" />
          <Label x={LEFT - 6} y={yM(t) + 4} anchor="end" size={11} className="c-muted">{percent(t)}</Label>
        </g>
      ))}
      {yA.ticks(3).map((t) => (
        <g key={`a${t}`} className="mark" style={{ opacity: on(!showMargin) }}>
          <line x1={LEFT - 4} x2={RIGHT} y1={yA(t)} y2={yA(t)} className="c-axis" />
          <Label x={LEFT - 6} y={yA(t) + 4} anchor="end" size={11} className="c-muted">{formatCompact(t, { scale: 'k', locale })}</Label>
        </g>
      ))}

      {/* The margin line and its points. */}
      <Shape d={drawing ? path(partial(marginPts, reveal)) : path(marginPts)} className="c-line" opacity={on(showMargin && shownPoints > 1)} />
      {f.margin.map((p, i) => {
        const shown = showMargin && i < shownPoints && (!drawing || i <= reveal - 1 + 1e-9);
        const emphasis = i === 0 || p === f.peak;
        return (
          <g key={p.factId}>
            <circle cx={cx(p.period)} cy={yM(p.value)} r={4.5} className="mark" style={{ fill: 'var(--accent)', cy: yM(p.value), opacity: on(shown) } as React.CSSProperties} />
            <Label x={cx(p.period)} y={yM(p.value) - 10} size={i === 0 && lone ? 13 : 11} weight={emphasis ? 600 : undefined} opacity={on(shown)}>{formatValue(p, { locale })}</Label>
          </g>
        );
      })}

      {/* Average price: a gap where a quarter has no figure, the full-year average as a dashed line. */}
      {runs(f.asp, f.periods).map((run) => (
        <Shape key={run[0].factId} d={path(run.map((p) => [cx(p.period), yA(p.value)]))} className="c-line" opacity={on(!showMargin)} />
      ))}
      {f.asp.map((p, i) => {
        // A point under the full-year line takes its label below, clear of the dashed line.
        const under = p.value < f.yearValue && x(p.period)! < fyX2;
        const px = cx(p.period);
        const py = yA(p.value);
        return (
          <g key={p.factId}>
            <circle cx={px} cy={py} r={4.5} className="mark" style={{ fill: 'var(--accent)', opacity: on(!showMargin) } as React.CSSProperties} />
            <Label x={px} y={py + (under ? 17 : -10)} size={11} weight={i === 0 || i === f.asp.length - 1 ? 600 : undefined} opacity={on(!showMargin)}>{k(p.value)}</Label>
          </g>
        );
      })}
      <g className="mark" style={{ opacity: on(!showMargin) }}>
        <line x1={fyX1} x2={fyX2} y1={yA(f.yearValue)} y2={yA(f.yearValue)} className="c-zero" strokeDasharray="4 3" />
        {f.missing.map((p) => (
          <g key={p.period}>
            <Label x={cx(p.period)} y={yA(f.yearValue) - 7} size={11} className="c-muted">{fill(copy.price.missing, { quarter: p.at!.quarter! })}</Label>
            <Label x={cx(p.period)} y={yA(f.yearValue) + 14} size={11} className="c-muted">{fill(copy.price.yearAverage, { period: f.year.periodText })}</Label>
            <Label x={cx(p.period)} y={yA(f.yearValue) + 27} size={11} weight={600}>{k(f.yearValue)}</Label>
          </g>
        ))}
      </g>
    </>
  );
}
