'use client';
/**
 * Loss (or profit) per car, quarter by quarter, under the deliveries that spread the costs.
 * What each step shows is declared in content/charts/loss-per-car.ts (states), its words come in
 * as `copy`.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { formatCompact, formatNumber, formatPeriodShort, formatValue } from '@/lib/registry/format';
import { fill } from '@/lib/charts/copy';
import { dataOf } from '@/lib/charts/lookup';
import { stateAt } from '@/lib/charts/states';
import { lossPerCarStates as STATES, type LossPerCarCopy } from '@/content/charts/loss-per-car';
import { ChartFrame } from './ChartFrame';
import { Axis, Bar, Label, Legend, Rule, grow } from './marks';
import { fitChars } from './wrap';
import { W, type ChartLocale, type ChartPoint, type ChartProps, type ChartData, type ChartSeries } from './types';

export interface LossPerCarData extends ChartData {
  perCar: ChartSeries;
  deliveries: ChartSeries;
  reported: ChartSeries;
  result: ChartSeries;
}

const TOP = { y0: 56, y1: 150 };
const BOTTOM = { y0: 196, y1: 392 };
/** A figure as a magnitude, through the registry's formatter ("RMB 1.8 bn" for a loss of it). */
const magnitude = (p: ChartPoint<number>, locale: ChartLocale) => formatValue({ ...p, value: Math.abs(p.value) }, { locale });

export function describe(data: LossPerCarData, step: string, copy: LossPerCarCopy, locale: ChartLocale = 'en'): string {
  const { state } = stateAt('loss-per-car', STATES, step);
  const perCar = dataOf(data, 'perCar').points;
  const deliveries = dataOf(data, 'deliveries').points;
  const last = perCar[state.quarters - 1];
  const amount = (v: number) => formatValue({ value: Math.abs(v), unit: 'RMB' }, { locale });
  return fill(copy.descriptions[step as keyof typeof STATES], {
    firstPeriod: perCar[0].periodText,
    lastPeriod: last.periodText,
    firstDeliveries: formatValue(deliveries[0], { locale }),
    deliveries: formatValue(deliveries[state.quarters - 1], { locale }),
    firstPerCar: amount(perCar[0].value),
    perCar: fill(last.value < 0 ? copy.perCarLoss : copy.perCarProfit, { amount: amount(last.value) }),
    segmentLoss: magnitude(dataOf(data, 'result').points[0], locale),
  });
}

export default function LossPerCarChart({ data, step, progress, copy, locale }: ChartProps<LossPerCarData, LossPerCarCopy>) {
  const { state, previous } = stateAt('loss-per-car', STATES, step);
  const shown = state.quarters;
  const before = previous?.quarters ?? shown;
  const periods = data.perCar.points.map((p) => p.period);
  const x = scaleBand(periods, [44, W - 8]).padding(0.28);
  const bw = x.bandwidth();
  const yCars = scaleLinear([0, max(data.deliveries.points, (p) => p.value) ?? 1], [TOP.y1, TOP.y0]).nice();
  const lo = Math.min(0, min(data.perCar.points, (p) => p.value) ?? 0, min(data.reported.points, (p) => p.value) ?? 0);
  const hi = Math.max(0, max(data.perCar.points, (p) => p.value) ?? 0);
  const yCar = scaleLinear([lo, hi], [BOTTOM.y1, BOTTOM.y0]).nice();
  const zero = yCar(0);
  const g = grow(progress);
  // Bars that this step reveals grow with the reader's progress; earlier ones stand at full height.
  const factor = (i: number) => (i < shown ? (i >= before ? g : 1) : 0);
  const reportedBy = new Map(data.reported.points.map((p) => [p.period, p]));
  const first = { perCar: data.perCar.points[0], deliveries: data.deliveries.points[0], reported: data.reported.points[0], result: data.result.points[0] };

  return (
    <ChartFrame title={copy.drawingTitle} description={describe(data, step, copy, locale)}>
      <Label x={8} y={24} anchor="start" size={13} weight={600}>{copy.deliveriesHeading}</Label>
      <Label x={8} y={180} anchor="start" size={13} weight={600}>{copy.perCarHeading}</Label>
      {data.deliveries.points.map((p, i) => {
        const h = (TOP.y1 - yCars(p.value)) * factor(i);
        return (
          <g key={p.factId}>
            <Bar x={x(p.period)!} y={TOP.y1 - h} width={bw} height={h} className="c-neutral" opacity={i < shown ? 1 : 0} />
            <Label x={x(p.period)! + bw / 2} y={TOP.y1 - h - 5} size={11} opacity={i < shown ? 1 : 0}>{formatCompact(p.value, { scale: 'k', digits: 0, locale })}</Label>
          </g>
        );
      })}
      <Rule x1={40} x2={W - 4} y={TOP.y1} />
      {data.perCar.points.map((p, i) => {
        const end = zero + (yCar(p.value) - zero) * factor(i);
        const profit = p.value > 0;
        const rp = reportedBy.get(p.period);
        return (
          <g key={p.factId}>
            <Bar x={x(p.period)!} y={Math.min(zero, end)} width={bw} height={Math.abs(end - zero)} className={profit ? 'c-profit' : 'c-loss'} opacity={i < shown ? 1 : 0} />
            <Label x={x(p.period)! + bw / 2} y={profit ? end - 6 : end + 15} size={11} opacity={i < shown ? 1 : 0} weight={600}>
              {formatCompact(p.value, { scale: 'k', digits: 1, signed: true, locale })}
            </Label>
            {rp && (
              <circle cx={x(p.period)! + bw / 2} cy={yCar(rp.value)} r={5} className="mark c-reported"
                style={{ cy: yCar(rp.value), opacity: state.reported ? (i < shown ? 1 : 0) : 0 } as React.CSSProperties} />
            )}
            {/* Low enough to stay clear of the deepest bar's value when labels are raised on a phone. */}
            <Label x={x(p.period)! + bw / 2} y={BOTTOM.y1 + 24} size={11} className="c-muted">{formatPeriodShort(p.period, locale)}</Label>
          </g>
        );
      })}
      <Rule x1={40} x2={W - 4} y={zero} className="c-zero" />
      {/* The zero line, and the foot of the scale (its niced end) at the lowest figure drawn. */}
      <Axis orient="left" labelAt={38} size={10} format={(v) => formatCompact(v, { scale: 'k', locale })}
        ticks={[{ at: zero, value: 0 }, { at: yCar(lo), value: yCar.domain()[0] }]} />
      {/* The division that produces the first quarter's figure. */}
      <g className="mark" style={{ opacity: state.note === 'division' ? 1 : 0 }}>
        <Label x={x(periods[0])! + bw + 12} y={yCar(first.perCar.value) + 4} anchor="start" size={12}>
          {fill(copy.division, { segmentLoss: magnitude(first.result, locale), cars: formatNumber(first.deliveries.value) })}
        </Label>
      </g>
      {/* The published per-car figures, which differ from the derived ones: the first, then the legend for all. */}
      <g className="mark" style={{ opacity: state.note === 'published' ? 1 : 0 }}>
        <Legend x={x(periods[0])! + bw + 18} y={BOTTOM.y0 + 20} items={[{ swatch: 'dot', className: 'c-reported', label: fill(copy.published, { amount: magnitude(first.reported, locale) }) }]} />
      </g>
      <g className="mark" style={{ opacity: state.note === 'legend' ? 1 : 0 }}>
        <Legend x={W - 150} y={BOTTOM.y0 + 4} items={[{ swatch: 'dot', className: 'c-reported', label: copy.legend, wrap: fitChars(136) }]} />
      </g>
    </ChartFrame>
  );
}
