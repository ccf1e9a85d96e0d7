'use client';
/**
 * Loss (or profit) per car, quarter by quarter, under the deliveries that spread the costs.
 * Step states: 0 Q2 2024 alone, with the figures the sources give; 1 the division that makes it;
 * 2 the rest of 2024; 3 early 2025; 4 the first profit; 5 all quarters with the reported figures.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import { formatNumber } from '@/lib/registry/format';
import { ChartFrame } from './ChartFrame';
import { Bar, Label, Rule, grow } from './marks';
import { fitChars } from './wrap';
import { W, type ChartProps, type ChartData } from './types';
import type { Series } from '@/lib/registry';

export interface LossPerCarData extends ChartData {
  perCar: Series;
  deliveries: Series;
  reported: Series;
  result: Series;
}

/** How many quarters each step shows. */
const SHOWN = [1, 1, 3, 5, 6, 6];
const TOP = { y0: 56, y1: 150 };
const BOTTOM = { y0: 196, y1: 392 };

export function describe(data: LossPerCarData, step: number): string {
  const s = Math.min(step, SHOWN.length - 1);
  const q = data.perCar.points;
  const first = q[0];
  const last = q[SHOWN[s] - 1];
  if (s === 0) return `In ${first.period} Xiaomi delivered ${data.deliveries.points[0].text}; the car segment's loss works out at about RMB ${formatNumber(first.value)} for each one (our division; the segment also holds AI and other ventures).`;
  if (s === 1) return `The segment's ${data.result.points[0].text.replace('−', '')} loss divided by ${data.deliveries.points[0].text} gives the loss per car in ${first.period}.`;
  if (s === 5) return `All quarters from ${first.period} to ${last.period}, with the per-car figures published in the press shown as dots beside the derived bars.`;
  const v = last.value;
  return `By ${last.period} deliveries reached ${data.deliveries.points[SHOWN[s] - 1].text} and the segment's result worked out at ${v < 0 ? `a loss of about RMB ${formatNumber(v)}` : `a profit of about RMB ${formatNumber(v)}`} per car.`;
}

export default function LossPerCarChart({ data, step, progress }: ChartProps<LossPerCarData>) {
  const s = Math.min(step, SHOWN.length - 1);
  const shown = SHOWN[s];
  const before = s === 0 ? shown : SHOWN[s - 1];
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

  return (
    <ChartFrame title="The car segment's result divided by cars delivered, by quarter, with deliveries" description={describe(data, step)}>
      <Label x={8} y={24} anchor="start" size={13} weight={600}>Cars delivered</Label>
      <Label x={8} y={180} anchor="start" size={13} weight={600}>Segment result per car (RMB, derived)</Label>
      {data.deliveries.points.map((p, i) => {
        const h = (TOP.y1 - yCars(p.value)) * factor(i);
        return (
          <g key={p.factId}>
            <Bar x={x(p.period)!} y={TOP.y1 - h} width={bw} height={h} className="c-neutral" opacity={i < shown ? 1 : 0} />
            <Label x={x(p.period)! + bw / 2} y={TOP.y1 - h - 5} size={11} opacity={i < shown ? 1 : 0}>{formatNumber(p.value / 1000, undefined, 0)}k</Label>
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
              {`${profit ? '+' : '−'}${formatNumber(Math.abs(p.value) / 1000, undefined, 1)}k`}
            </Label>
            {rp && (
              <circle cx={x(p.period)! + bw / 2} cy={yCar(rp.value)} r={5} className="mark c-reported"
                style={{ cy: yCar(rp.value), opacity: s === 0 || s === 5 ? (i < shown ? 1 : 0) : 0 } as React.CSSProperties} />
            )}
            {/* Low enough to stay clear of the deepest bar's value when labels are raised on a phone. */}
            <Label x={x(p.period)! + bw / 2} y={BOTTOM.y1 + 24} size={11} className="c-muted">{p.period.replace(' 20', " '")}</Label>
          </g>
        );
      })}
      <Rule x1={40} x2={W - 4} y={zero} className="c-zero" />
      <Label x={38} y={zero + 4} anchor="end" size={10} className="c-muted">0</Label>
      <Label x={38} y={yCar(lo) + 4} anchor="end" size={10} className="c-muted">{`−${formatNumber(-yCar.domain()[0] / 1000)}k`}</Label>
      {/* Step 1: the division that produces the first quarter's figure. */}
      <g className="mark" style={{ opacity: s === 1 ? 1 : 0 }}>
        <Label x={x(periods[0])! + bw + 12} y={yCar(data.perCar.points[0].value) + 4} anchor="start" size={12}>
          {`${data.result.points[0].text.replace('−', '')} loss ÷ ${formatNumber(data.deliveries.points[0].value)} cars`}
        </Label>
      </g>
      {/* Steps 0 and 5: the published per-car figures, which differ from the derived ones. */}
      <g className="mark" style={{ opacity: s === 0 ? 1 : 0 }}>
        <circle cx={x(periods[0])! + bw + 18} cy={BOTTOM.y0 + 20} r={5} className="c-reported" />
        <Label x={x(periods[0])! + bw + 28} y={BOTTOM.y0 + 24} anchor="start" size={11}>published: {data.reported.points[0].text.replace('−', '')} a car</Label>
      </g>
      <g className="mark" style={{ opacity: s === 5 ? 1 : 0 }}>
        <circle cx={W - 150} cy={BOTTOM.y0 + 4} r={5} className="c-reported" />
        <Label x={W - 140} y={BOTTOM.y0 + 8} anchor="start" size={11} wrap={fitChars(136)}>figure as published</Label>
      </g>
    </ChartFrame>
  );
}
