'use client';
/**
 * The segment's way to a profit, quarter by quarter: gross margin on top (at the end, the average
 * price per car: TopPanel), the segment result below. What each step shows is the row of its step
 * id in content/charts/profitability.ts (states); every word comes in as `copy`.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { fill } from '@/lib/charts/copy';
import { stateAt } from '@/lib/charts/states';
import { formatCompact, formatValue } from '@/lib/registry/format';
import type { ParsedPeriod } from '@/lib/registry/period';
import { profitabilityStates as STATES, type ProfitabilityCopy } from '@/content/charts/profitability';
import { ChartFrame } from '../ChartFrame';
import { Bar, Label, Rule, grow } from '../marks';
import { fitChars } from '../wrap';
import { W, type ChartLocale, type ChartProps } from '../types';
import { descriptionValues, profitabilityFigures, type ProfitabilityData } from './figures';
import { TopPanel } from './TopPanel';
import { BOTTOM, LEFT, RIGHT } from './layout';

export type { ProfitabilityData };

export function describe(data: ProfitabilityData, step: string, copy: ProfitabilityCopy, locale: ChartLocale): string {
  stateAt('profitability', STATES, step);
  return fill(copy.descriptions[step as keyof typeof STATES], descriptionValues(profitabilityFigures(data), locale));
}

export default function ProfitabilityChart({ data, step, progress, copy, locale }: ChartProps<ProfitabilityData, ProfitabilityCopy>) {
  const { state, previous } = stateAt('profitability', STATES, step);
  const f = profitabilityFigures(data);
  const g = grow(progress);
  const x = scaleBand(f.periods, [LEFT, RIGHT]).padding(0.3);
  const bw = x.bandwidth();
  const cx = (period: string) => x(period)! + bw / 2;

  // Bottom panel: the segment result in RMB.
  const rLo = Math.min(0, min(f.result, (p) => p.value) ?? 0);
  const rHi = Math.max(0, max(f.result, (p) => p.value) ?? 0);
  const yR = scaleLinear([rLo, rHi], [BOTTOM.y1, BOTTOM.y0 + 14]).nice(3);
  const zero = yR(0);

  // The split between the two measures: between the last adjusted quarter and the first operating one.
  const divider = x(f.firstOperating.period)! - (x.step() - bw) / 2;

  const before = previous?.bars ?? state.bars;
  const factor = (i: number) => (i < state.bars ? (i >= before ? g : 1) : 0);

  const m0 = f.margin[0];
  const splitW = RIGHT - LEFT;
  const splitGross = (splitW * m0.value) / 100;
  const rFirst = f.result[0];
  const rLast = f.result[f.result.length - 1];
  const quarterTick = (at: ParsedPeriod) => fill(copy.quarterTick, { quarter: at.quarter!, yy: String(at.year).slice(2), year: at.year });
  const notSplit = state.split ? 0 : 1;

  return (
    <ChartFrame title={copy.drawingTitle} description={describe(data, step, copy, locale)}>
      <TopPanel f={f} copy={copy} locale={locale} state={state} previous={previous} progress={g} x={x} />

      {/* Bottom panel. */}
      <Label x={8} y={BOTTOM.y0 - 24} anchor="start" size={13} weight={600} opacity={notSplit}>{copy.resultHeading}</Label>

      {/* What a gross margin is, drawn as one yuan of sales split in two. */}
      <g className="mark" style={{ opacity: state.split ? 1 : 0 }}>
        <Label x={8} y={BOTTOM.y0 - 24} anchor="start" size={13} weight={600}>{fill(copy.split.heading, { period: m0.periodText })}</Label>
        <rect x={LEFT} y={BOTTOM.y0 + 10} width={splitW - splitGross} height={40} className="c-neutral" />
        <rect x={RIGHT - splitGross} y={BOTTOM.y0 + 10} width={splitGross} height={40} style={{ fill: 'var(--accent)' }} />
        <Label x={LEFT + (splitW - splitGross) / 2} y={BOTTOM.y0 + 35} size={12} className="c-ink">
          {fill(copy.split.cost, { cost: formatValue({ value: 100 - m0.value, unit: '%', digits: m0.digits }, { locale }) })}
        </Label>
        <Label x={RIGHT} y={BOTTOM.y0 + 68} anchor="end" size={12} weight={600}>{fill(copy.split.margin, { margin: formatValue(m0, { locale }) })}</Label>
        {copy.split.notPaid.map((line, i) => (
          <Label key={i} x={LEFT} y={BOTTOM.y0 + 96 + 16 * i} anchor="start" size={11} className="c-muted">{line}</Label>
        ))}
      </g>

      {/* The two measures: adjusted net loss, then operating result. */}
      <g className="mark" style={{ opacity: state.measures ? 1 : 0 }}>
        <line x1={divider} x2={divider} y1={BOTTOM.y0 - 8} y2={BOTTOM.y1 + 8} className="c-axis" strokeDasharray="3 3" />
        <Label x={divider - 6} y={BOTTOM.y0 + 2} anchor="end" size={11} className="c-muted">{fill(copy.measures.before, { year: f.lastAdjusted.at!.year })}</Label>
        <Label x={divider + 6} y={BOTTOM.y0 + 2} anchor="start" size={11} className="c-muted">{fill(copy.measures.after, { year: f.firstOperating.at!.year })}</Label>
      </g>

      {f.result.map((p, i) => {
        const end = zero + (yR(p.value) - zero) * factor(i);
        const profit = p.value > 0;
        const on = i < state.bars;
        return (
          <g key={p.factId}>
            <Bar x={x(p.period)!} y={Math.min(zero, end)} width={bw} height={Math.abs(end - zero)} className={profit ? 'c-profit' : 'c-loss'} opacity={on ? 1 : 0} />
            <Label x={cx(p.period)} y={profit ? end - 6 : end + 15} size={11} weight={600} opacity={on ? 1 : 0}>
              {formatCompact(p.value, { scale: 'bn', signed: true, locale })}
            </Label>
          </g>
        );
      })}
      <g className="mark" style={{ opacity: notSplit }}>
        <Rule x1={LEFT - 4} x2={RIGHT} y={zero} className="c-zero" />
        <Label x={LEFT - 6} y={zero + 4} anchor="end" size={11} className="c-muted">{formatCompact(0, { locale })}</Label>
      </g>

      {/* A positive margin over a loss. */}
      <g className="mark" style={{ opacity: state.note === 'margin-over-loss' ? 1 : 0 }}>
        <Label x={x(rFirst.period)! + bw + 10} y={(zero + yR(rFirst.value)) / 2 - 4} anchor="start" size={12} weight={600}>
          {fill(copy.marginOverLoss.heading, { margin: formatValue(m0, { locale }) })}
        </Label>
        <Label x={x(rFirst.period)! + bw + 10} y={(zero + yR(rFirst.value)) / 2 + 12} anchor="start" size={11} className="c-muted"
          wrap={fitChars(W - 4 - (x(rFirst.period)! + bw + 10))}>
          {copy.marginOverLoss.note}
        </Label>
      </g>
      {/* The first profit, and what the segment holds. */}
      <g className="mark" style={{ opacity: state.note === 'first-profit' ? 1 : 0 }}>
        <Label x={x(rLast.period)! - 8} y={yR(rLast.value) + 4} anchor="end" size={12} weight={600}>{copy.firstProfit.heading}</Label>
        <Label x={divider + 8} y={BOTTOM.y1 - 8} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 4 - (divider + 8))} lines="up">
          {copy.firstProfit.note}
        </Label>
      </g>

      {f.margin.map((p) => (
        <Label key={p.period} x={cx(p.period)} y={BOTTOM.y1 + 36} size={11} className="c-muted">{quarterTick(p.at!)}</Label>
      ))}
    </ChartFrame>
  );
}
