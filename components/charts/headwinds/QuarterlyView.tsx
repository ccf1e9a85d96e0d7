'use client';
/**
 * The quarterly view: deliveries above, the segment result below, carried as far as sourced
 * figures reach; the first profit with the empty quarters after it, or the tax change and the
 * sourcing legend, as the step's state says.
 */
import { Fragment } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { fill } from '@/lib/charts/copy';
import { pointTime } from '@/lib/charts/time';
import { formatCompact, formatPeriodShort, formatValue, type Qualifier } from '@/lib/registry/format';
import type { HeadwindsCopy, HeadwindsState } from '@/content/charts/headwinds';
import { Axis, Label, Rule } from '../marks';
import { fitChars } from '../wrap';
import { W, type ChartLocale } from '../types';
import { sourcing, type HeadwindsFigures } from './figures';
import { SourcedBar, Swatch } from './SourcedBar';

const TOP = { y0: 64, y1: 168 };
const BOTTOM = { y0: 232, y1: 372 };
/** A qualified figure in a small label: the qualifier as a sign, the same in both languages. */
const QUALIFIER_SIGN: Partial<Record<Qualifier, string>> = { about: '≈', 'more-than': '>' };

export function QuarterlyView({ f, state, before, g, copy, locale }: {
  f: HeadwindsFigures; state: HeadwindsState; before: number; g: number; copy: HeadwindsCopy['quarters']; locale: ChartLocale;
}) {
  const { deliveries, results, profit } = f;
  const on = state.view === 'quarters';
  const shown = on ? state.quarters : 0;
  const periods = deliveries.map((p) => p.period);
  const x = scaleBand(periods, [44, W - 8]).padding(0.3);
  const bw = x.bandwidth();
  const yCars = scaleLinear([0, max(deliveries, (p) => p.value) ?? 1], [TOP.y1, TOP.y0]);
  const lo = Math.min(0, min(results, (p) => p.value) ?? 0);
  const hi = Math.max(0, max(results, (p) => p.value) ?? 0);
  const yRes = scaleLinear([lo, hi], [BOTTOM.y1, BOTTOM.y0]).nice();
  const zero = yRes(0);
  const place = (period: string) => periods.indexOf(period);
  const factor = (i: number) => (i < shown ? (i >= before ? g : 1) : 0);
  const withResult = new Set(results.map((p) => p.period));
  // The tax change falls between the last quarter before its date and the first after it.
  const taxTime = pointTime(f.taxDate).getTime();
  const after = deliveries.findIndex((p) => pointTime(p).getTime() >= taxTime);
  const taxX = (x(periods[after - 1])! + bw + x(periods[after])!) / 2;
  const fade = (visible: boolean) => ({ opacity: visible ? 1 : 0 });
  const foot = (text: string) => <Label x={8} y={416} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 12)} lines="up">{text}</Label>;

  return (
    <g className="mark" style={fade(on)}>
      <Label x={8} y={22} anchor="start" size={13} weight={600}>{copy.deliveriesHeading}</Label>
      <Label x={8} y={BOTTOM.y0 - 16} anchor="start" size={13} weight={600}>{copy.resultHeading}</Label>
      {deliveries.map((p, i) => {
        const h = (TOP.y1 - yCars(p.value)) * factor(i);
        const opacity = i < shown ? 1 : 0;
        return (
          <g key={p.factId}>
            <SourcedBar x={x(p.period)!} y={TOP.y1 - h} width={bw} height={h} kind={sourcing(p)} tone="c-neutral" opacity={opacity} />
            <Label x={x(p.period)! + bw / 2} y={TOP.y1 - h - 5} size={11} opacity={opacity}>
              {`${(p.qualifier && QUALIFIER_SIGN[p.qualifier]) ?? ''}${formatCompact(p.value, { scale: 'k', digits: 0, locale })}`}
            </Label>
            <Label x={x(p.period)! + bw / 2} y={TOP.y1 + 16} size={11} className="c-muted">{formatPeriodShort(p.period, locale)}</Label>
          </g>
        );
      })}
      <Rule x1={40} x2={W - 4} y={TOP.y1} />
      {results.map((p) => {
        const i = place(p.period);
        const end = zero + (yRes(p.value) - zero) * factor(i);
        const gain = p.value > 0;
        return (
          <g key={p.factId}>
            <SourcedBar x={x(p.period)!} y={Math.min(zero, end)} width={bw} height={Math.abs(end - zero)} kind={sourcing(p)} tone={gain ? 'c-profit' : 'c-loss'} opacity={i < shown ? 1 : 0} />
            <Label x={x(p.period)! + bw / 2} y={gain ? end - 6 : end + 15} size={11} weight={600} opacity={i < shown ? 1 : 0}>
              {formatCompact(p.value, { scale: 'bn', digits: 1, signed: true, suffix: false, locale })}
            </Label>
          </g>
        );
      })}
      <Rule x1={40} x2={W - 4} y={zero} className="c-zero" />
      <Axis orient="left" labelAt={38} format={(v) => formatCompact(v, { scale: 'bn', suffix: false, locale })}
        ticks={[{ at: zero, value: 0 }, { at: yRes(yRes.domain()[0]), value: yRes.domain()[0] }]} />
      <g className="mark" style={fade(state.marks === 'first-profit')}>
        <Label x={x(profit.period)! + bw / 2} y={yRes(profit.value) - 20} size={11} weight={600} className="c-profit">{copy.firstProfit}</Label>
        {/* The quarters after the first profit, before any figure for them is drawn. */}
        {deliveries.filter((p) => place(p.period) > place(profit.period)).map((p) => (
          <Label key={p.factId} x={x(p.period)! + bw / 2} y={TOP.y1 - 8} size={13} className="c-muted">{copy.unknown}</Label>
        ))}
        {foot(copy.measureNote)}
      </g>
      <g className="mark" style={fade(state.marks === 'sourcing')}>
        <line x1={taxX} x2={taxX} y1={44} y2={BOTTOM.y1} className="c-axis" style={{ strokeDasharray: '4 3' }} />
        <Label x={taxX - 4} y={40} anchor="end" size={11} className="c-muted">{fill(copy.taxLine, { date: formatValue(f.taxDate, { locale }) })}</Label>
        {deliveries.filter((p) => !withResult.has(p.period)).map((p) => (
          <Fragment key={p.factId}>
            <Label x={x(p.period)! + bw / 2} y={zero + 16} size={11} className="c-muted">{copy.noneFound[0]}</Label>
            <Label x={x(p.period)! + bw / 2} y={zero + 29} size={11} className="c-muted">{copy.noneFound[1]}</Label>
          </Fragment>
        ))}
        <Swatch x={8} y={400} kind="reported">{copy.legend.reported}</Swatch>
        <Swatch x={92} y={400} kind="derived">{copy.legend.derived}</Swatch>
        <Swatch x={170} y={400} kind="weaker">{copy.legend.weaker}</Swatch>
      </g>
      <g className="mark" style={fade(state.note === 'derived')}>{foot(fill(copy.derivedNote, { period: f.derived.periodText }))}</g>
      <g className="mark" style={fade(state.note === 'weaker')}>{foot(fill(copy.weakerNote, { period: f.weaker.periodText }))}</g>
    </g>
  );
}
