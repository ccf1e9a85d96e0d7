'use client';
/**
 * The segment's way to a profit, quarter by quarter: gross margin on top, the segment result below.
 * Step states: 0 the Q2 2024 margin, with what a margin is (each yuan of sales split in two);
 * 1 the Q2 2024 loss under a positive margin; 2 the margin line through Q3 2025; 3 the loss
 * narrowing, with the change of measure between 2024 and 2025 marked; 4 the first operating
 * profit; 5 the top panel turns into the average price per car (no Q4 2024 figure: the FY2024
 * average stands in as a dashed line).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max, min } from 'd3-array';
import { formatNumber } from '@/lib/registry/format';
import { ChartFrame } from './ChartFrame';
import { Bar, Label, Rule, Shape, grow } from './marks';
import { fitChars } from './wrap';
import { W, type ChartProps, type ChartData, type ChartSeries, type FactList } from './types';
import { stateAt } from '@/lib/charts/states';
import { profitability } from '@/content/charts/profitability';

export interface ProfitabilityData extends ChartData {
  margin: ChartSeries;
  result: ChartSeries;
  asp: ChartSeries;
  'FY2024 average price': FactList;
}

const LAST = 5;
/** How many result bars each step shows. */
const BARS = [0, 1, 1, 5, 6, 6];
/** How many margin points each step shows. */
const POINTS = [1, 1, 6, 6, 6, 0];
const TOP = { y0: 50, y1: 160 };
const BOTTOM = { y0: 226, y1: 366 };
const LEFT = 46;
const RIGHT = W - 8;

const short = (period: string) => period.replace(' 20', " '");
const bn = (v: number) => `${v < 0 ? '−' : '+'}${formatNumber(v, 'bn', 1)}`;
const k = (v: number) => `${formatNumber(v / 1000, undefined, 1)}k`;
/** 2024 results are adjusted net losses; from 2025 Xiaomi reports the segment's operating result. */
const isOperating = (period: string) => !period.endsWith('2024');

export function describe(data: ProfitabilityData, step: number): string {
  const s = Math.min(step, LAST);
  const m = data.margin.points;
  const r = data.result.points;
  const a = data.asp.points;
  const fy = data['FY2024 average price'].points[0];
  const mFirst = m[0];
  const mPeak = m.reduce((p, q) => (q.value > p.value ? q : p));
  const mLast = m[m.length - 1];
  const rFirst = r[0];
  const lastLoss = [...r].reverse().find((p) => p.value < 0) ?? rFirst;
  const rLast = r[r.length - 1];
  switch (s) {
    case 0:
      return `In ${mFirst.period} the segment's gross margin was ${mFirst.text}: that share of each yuan of sales was left after paying for making the cars.`;
    case 1:
      return `In ${mFirst.period} the gross margin was positive at ${mFirst.text}, yet the segment posted an adjusted net loss of ${rFirst.text.replace('−', '')}: the other costs were larger.`;
    case 2:
      return `The gross margin rose from ${mFirst.text} in ${mFirst.period} to ${mPeak.text} in ${mPeak.period}, and was ${mLast.text} in ${mLast.period}.`;
    case 3:
      return `The loss narrowed from ${rFirst.text.replace('−', '')} in ${rFirst.period} to ${lastLoss.text.replace('−', '')} in ${lastLoss.period}. The 2024 bars are adjusted net losses; from 2025 the bars are operating results.`;
    case 4:
      return `In ${rLast.period} the segment made an operating profit of ${rLast.text}, its first. The segment includes AI and other new businesses, so it is not a pure car profit.`;
    default:
      return `The average price per car rose from ${a[0].text} in ${a[0].period} to ${a[a.length - 1].text} in ${a[a.length - 1].period}. We found no figure for Q4 2024; the ${fy.period} average was ${fy.text}.`;
  }
}

export default function ProfitabilityChart({ data, step: stepId, progress }: ChartProps<ProfitabilityData>) {
  // Not converted yet: draws by the step's place in content/charts/profitability.ts.
  const step = stateAt('profitability', profitability.states, stepId).index;
  const s = Math.min(step, LAST);
  const g = grow(progress);
  const periods = data.margin.points.map((p) => p.period);
  const x = scaleBand(periods, [LEFT, RIGHT]).padding(0.3);
  const bw = x.bandwidth();
  const cx = (period: string) => x(period)! + bw / 2;

  // Top panel, states 0-4: gross margin in per cent, from zero.
  const yM = scaleLinear([0, max(data.margin.points, (p) => p.value) ?? 1], [TOP.y1, TOP.y0]).nice(3);
  // Top panel, state 5: average price per car; not from zero, so the ticks say where it starts.
  const fy = data['FY2024 average price'].points[0];
  const fyValue = Number(fy.value);
  const aspLo = Math.min(min(data.asp.points, (p) => p.value) ?? 0, fyValue);
  const aspHi = Math.max(max(data.asp.points, (p) => p.value) ?? 1, fyValue);
  const yA = scaleLinear([aspLo - (aspHi - aspLo) * 0.15, aspHi], [TOP.y1, TOP.y0]).nice(4);

  // Bottom panel: the segment result in RMB.
  const rLo = Math.min(0, min(data.result.points, (p) => p.value) ?? 0);
  const rHi = Math.max(0, max(data.result.points, (p) => p.value) ?? 0);
  const yR = scaleLinear([rLo, rHi], [BOTTOM.y1, BOTTOM.y0 + 14]).nice(3);
  const zero = yR(0);

  const showMargin = s < LAST;
  const shownPoints = POINTS[s];
  // The margin line draws itself point by point as the reader scrolls into state 2.
  const lineGrow = s === 2 ? g : 1;
  const reveal = Math.max(1, (shownPoints - 1) * lineGrow + 1);
  const marginPts = data.margin.points.map((p) => [cx(p.period), yM(p.value)] as [number, number]);
  const partial = (pts: [number, number][], upTo: number): [number, number][] => {
    const whole = Math.floor(upTo);
    const out = pts.slice(0, whole);
    const frac = upTo - whole;
    if (frac > 0 && whole < pts.length) {
      const [ax, ay] = pts[whole - 1];
      const [bx, by] = pts[whole];
      out.push([ax + (bx - ax) * frac, ay + (by - ay) * frac]);
    }
    return out;
  };
  const path = (pts: [number, number][]) => line()(pts.length > 1 ? pts : [pts[0], pts[0]]) ?? '';
  const marginLine = path(partial(marginPts, reveal));
  const marginFull = path(marginPts);

  const aspPts = data.asp.points.map((p) => [cx(p.period), yA(p.value)] as [number, number]);
  // The series has no Q4 2024 point: draw the line in two pieces, leaving the gap visible.
  const aspBefore = data.asp.points.filter((p) => !isOperating(p.period)).map((p) => [cx(p.period), yA(p.value)] as [number, number]);
  const aspAfter = data.asp.points.filter((p) => isOperating(p.period)).map((p) => [cx(p.period), yA(p.value)] as [number, number]);
  const missing = periods.filter((p) => !data.asp.points.some((q) => q.period === p));
  const fyPeriods = periods.filter((p) => !isOperating(p));
  const fyX1 = x(fyPeriods[0])!;
  const fyX2 = x(fyPeriods[fyPeriods.length - 1])! + bw;

  // The split between the two measures: between the last 2024 quarter and the first 2025 one.
  const firstOperating = periods.find(isOperating)!;
  const divider = x(firstOperating)! - (x.step() - bw) / 2;

  const bars = BARS[s];
  const before = s === 0 ? bars : BARS[s - 1];
  const factor = (i: number) => (i < bars ? (i >= before ? g : 1) : 0);

  const m0 = data.margin.points[0];
  const splitW = RIGHT - LEFT;
  const splitGross = (splitW * m0.value) / 100;
  const rLast = data.result.points[data.result.points.length - 1];

  return (
    <ChartFrame title={'Xiaomi\'s segment "Smart EV, AI and other new initiatives": gross margin, result and average price, by quarter'} description={describe(data, step)}>
      {/* Panel titles: the top one changes with the measure it shows. */}
      <Label x={8} y={22} anchor="start" size={13} weight={600} opacity={showMargin ? 1 : 0}>Segment gross margin</Label>
      <Label x={8} y={22} anchor="start" size={13} weight={600} opacity={showMargin ? 0 : 1}>Average price per car (RMB)</Label>
      <Label x={8} y={38} anchor="start" size={11} className="c-muted" opacity={showMargin ? 1 : 0}>share of sales left after the cost of making the cars</Label>
      <Label x={8} y={38} anchor="start" size={11} className="c-muted" opacity={showMargin ? 0 : 1}>EV revenue per car delivered</Label>

      {/* Top panel gridlines and ticks: margin or price. */}
      {yM.ticks(3).map((t) => (
        <g key={`m${t}`} className="mark" style={{ opacity: showMargin ? 1 : 0 }}>
          <line x1={LEFT - 4} x2={RIGHT} y1={yM(t)} y2={yM(t)} className="c-axis" />
          <Label x={LEFT - 6} y={yM(t) + 4} anchor="end" size={11} className="c-muted">{`${t}%`}</Label>
        </g>
      ))}
      {yA.ticks(3).map((t) => (
        <g key={`a${t}`} className="mark" style={{ opacity: showMargin ? 0 : 1 }}>
          <line x1={LEFT - 4} x2={RIGHT} y1={yA(t)} y2={yA(t)} className="c-axis" />
          <Label x={LEFT - 6} y={yA(t) + 4} anchor="end" size={11} className="c-muted">{`${formatNumber(t / 1000)}k`}</Label>
        </g>
      ))}

      {/* The margin line and its points. */}
      <Shape d={s === 2 ? marginLine : marginFull} className="c-line" opacity={showMargin && shownPoints > 1 ? 1 : 0} />
      {data.margin.points.map((p, i) => {
        const on = showMargin && i < shownPoints && (s !== 2 || i <= reveal - 1 + 1e-9);
        const peak = p.value === max(data.margin.points, (q) => q.value);
        return (
          <g key={p.factId}>
            <circle cx={cx(p.period)} cy={yM(p.value)} r={4.5} className="mark" style={{ fill: 'var(--accent)', cy: yM(p.value), opacity: on ? 1 : 0 } as React.CSSProperties} />
            <Label x={cx(p.period)} y={yM(p.value) - 10} size={i === 0 && s < 2 ? 13 : 11} weight={i === 0 || peak ? 600 : undefined} opacity={on ? 1 : 0}>{p.text}</Label>
          </g>
        );
      })}

      {/* State 5: average price, with a gap at Q4 2024 and the full-year 2024 average as a dashed line. */}
      <Shape d={path(aspBefore)} className="c-line" opacity={showMargin ? 0 : 1} />
      <Shape d={path(aspAfter)} className="c-line" opacity={showMargin ? 0 : 1} />
      {data.asp.points.map((p, i) => {
        // A point under the full-year line takes its label below, clear of the dashed line.
        const under = p.value < fyValue && x(p.period)! < fyX2;
        return (
          <g key={p.factId}>
            <circle cx={aspPts[i][0]} cy={aspPts[i][1]} r={4.5} className="mark" style={{ fill: 'var(--accent)', opacity: showMargin ? 0 : 1 } as React.CSSProperties} />
            <Label x={aspPts[i][0]} y={aspPts[i][1] + (under ? 17 : -10)} size={11} weight={i === 0 || i === data.asp.points.length - 1 ? 600 : undefined} opacity={showMargin ? 0 : 1}>{k(p.value)}</Label>
          </g>
        );
      })}
      <g className="mark" style={{ opacity: showMargin ? 0 : 1 }}>
        <line x1={fyX1} x2={fyX2} y1={yA(fyValue)} y2={yA(fyValue)} className="c-zero" strokeDasharray="4 3" />
        {missing.map((p) => (
          <g key={p}>
            <Label x={cx(p)} y={yA(fyValue) - 7} size={11} className="c-muted">{`${p.split(' ')[0]}: none found`}</Label>
            <Label x={cx(p)} y={yA(fyValue) + 14} size={11} className="c-muted">{`${fy.period} average`}</Label>
            <Label x={cx(p)} y={yA(fyValue) + 27} size={11} weight={600}>{k(fyValue)}</Label>
          </g>
        ))}
      </g>

      {/* Bottom panel. */}
      <Label x={8} y={BOTTOM.y0 - 24} anchor="start" size={13} weight={600} opacity={s === 0 ? 0 : 1}>Segment result (RMB)</Label>

      {/* State 0: what a gross margin is, drawn as one yuan of sales split in two. */}
      <g className="mark" style={{ opacity: s === 0 ? 1 : 0 }}>
        <Label x={8} y={BOTTOM.y0 - 24} anchor="start" size={13} weight={600}>{`Each yuan of sales, ${m0.period}`}</Label>
        <rect x={LEFT} y={BOTTOM.y0 + 10} width={splitW - splitGross} height={40} className="c-neutral" />
        <rect x={RIGHT - splitGross} y={BOTTOM.y0 + 10} width={splitGross} height={40} style={{ fill: 'var(--accent)' }} />
        <Label x={LEFT + (splitW - splitGross) / 2} y={BOTTOM.y0 + 35} size={12} className="c-ink">
          {`cost of making the cars ${formatNumber(100 - m0.value, undefined, 1)}%`}
        </Label>
        <Label x={RIGHT} y={BOTTOM.y0 + 68} anchor="end" size={12} weight={600}>{`gross margin ${m0.text}`}</Label>
        <Label x={LEFT} y={BOTTOM.y0 + 96} anchor="start" size={11} className="c-muted">Not yet paid from the gross margin: research,</Label>
        <Label x={LEFT} y={BOTTOM.y0 + 112} anchor="start" size={11} className="c-muted">stores, marketing, staff. Only what is left is profit.</Label>
      </g>

      {/* The two measures: adjusted net loss in 2024, operating result from 2025. */}
      <g className="mark" style={{ opacity: s >= 3 ? 1 : 0 }}>
        <line x1={divider} x2={divider} y1={BOTTOM.y0 - 8} y2={BOTTOM.y1 + 8} className="c-axis" strokeDasharray="3 3" />
        <Label x={divider - 6} y={BOTTOM.y0 + 2} anchor="end" size={11} className="c-muted">2024: adjusted net loss</Label>
        <Label x={divider + 6} y={BOTTOM.y0 + 2} anchor="start" size={11} className="c-muted">2025: operating result</Label>
      </g>

      {data.result.points.map((p, i) => {
        const end = zero + (yR(p.value) - zero) * factor(i);
        const profit = p.value > 0;
        const on = i < bars;
        return (
          <g key={p.factId}>
            <Bar x={x(p.period)!} y={Math.min(zero, end)} width={bw} height={Math.abs(end - zero)} className={profit ? 'c-profit' : 'c-loss'} opacity={on ? 1 : 0} />
            <Label x={cx(p.period)} y={profit ? end - 6 : end + 15} size={11} weight={600} opacity={on ? 1 : 0}>{bn(p.value)}</Label>
          </g>
        );
      })}
      <g className="mark" style={{ opacity: s === 0 ? 0 : 1 }}>
        <Rule x1={LEFT - 4} x2={RIGHT} y={zero} className="c-zero" />
        <Label x={LEFT - 6} y={zero + 4} anchor="end" size={11} className="c-muted">0</Label>
      </g>

      {/* State 1: a positive margin over a loss. */}
      <g className="mark" style={{ opacity: s === 1 ? 1 : 0 }}>
        <Label x={x(periods[0])! + bw + 10} y={(zero + yR(data.result.points[0].value)) / 2 - 4} anchor="start" size={12} weight={600}>
          {`margin ${m0.text}, result a loss`}
        </Label>
        <Label x={x(periods[0])! + bw + 10} y={(zero + yR(data.result.points[0].value)) / 2 + 12} anchor="start" size={11} className="c-muted"
          wrap={fitChars(W - 4 - (x(periods[0])! + bw + 10))}>
          the other costs were larger than the gross profit
        </Label>
      </g>
      {/* State 4: the first profit, and what the segment holds. */}
      <g className="mark" style={{ opacity: s === 4 ? 1 : 0 }}>
        <Label x={x(rLast.period)! - 8} y={yR(rLast.value) + 4} anchor="end" size={12} weight={600}>first operating profit</Label>
        <Label x={divider + 8} y={BOTTOM.y1 - 8} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 4 - (divider + 8))} lines="up">
          the segment includes AI and other new businesses
        </Label>
      </g>

      {periods.map((p) => (
        <Label key={p} x={cx(p)} y={BOTTOM.y1 + 36} size={11} className="c-muted">{short(p)}</Label>
      ))}
    </ChartFrame>
  );
}
