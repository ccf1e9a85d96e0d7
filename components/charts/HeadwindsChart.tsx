'use client';
/**
 * What came after the first profit. One quarterly view (deliveries above, segment result below)
 * carried as far as sourced figures reach, and three side views the steps move to.
 * Step states: 0 the quarters up to the first profit, two empty slots after it; 1 the share price,
 * peak against the close after the results; 2 the purchase-tax break, before and after 2026;
 * 3 the delivery targets against the 2025 result, and the 2026 target; 4 the quarters with Q4 2025
 * (derived) and the tax change marked; 5 Q1 2026 added from weaker sources, with a legend.
 * Derived points are drawn light with a dashed outline, points from a single weaker source hollow
 * with a dotted outline, so the reader sees at a glance how firm each figure is.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max, min } from 'd3-array';
import type { CSSProperties, ReactNode } from 'react';
import { formatNumber } from '@/lib/registry/format';
import { ChartFrame } from './ChartFrame';
import { Bar, Label, Rule, grow } from './marks';
import { fitChars } from './wrap';
import { W, type ChartProps, type ChartData, type ChartSeries, type FactList } from './types';
import { stateAt } from '@/lib/charts/states';
import { headwinds } from '@/content/charts/headwinds';

export interface HeadwindsData extends ChartData {
  deliveries: ChartSeries;
  result: ChartSeries;
  'early 2026 (weaker sources)': FactList;
  'share price': FactList;
  'purchase tax': FactList;
  'delivery targets': FactList;
}

type View = 'quarters' | 'share' | 'tax' | 'targets';
const VIEW: View[] = ['quarters', 'share', 'tax', 'targets', 'quarters', 'quarters'];
/** How many quarters of deliveries each state shows (only read in the quarterly states). */
const SHOWN = [6, 6, 6, 6, 7, 8];
/** Figures that rest on a single, weaker source (a blog or news summary), as the registry notes say. */
const WEAKER = new Set(['deliveries-2026q1', 'segment-result-2026q1']);
const isDerived = (factId: string) => factId.endsWith('-derived');

type Sourcing = 'reported' | 'derived' | 'weaker';
const sourcing = (factId: string): Sourcing => (isDerived(factId) ? 'derived' : WEAKER.has(factId) ? 'weaker' : 'reported');

const TOP = { y0: 64, y1: 168 };
const BOTTOM = { y0: 232, y1: 372 };

function pick(list: FactList, factId: string) {
  const p = list.points.find((q) => q.factId === factId);
  if (!p) throw new Error(`headwinds chart: fact "${factId}" missing from "${list.id}"`);
  return p;
}
const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);
/** "more than 80,000 cars" → "more than 80,000": the unit is in the panel title. */
const bare = (text: string) => text.replace(/ cars$/, '');
/** A compact prefix for a qualified figure in a small label. */
const prefix = (text: string) => (text.startsWith('about ') ? '≈' : text.startsWith('more than ') ? '>' : '');

/** A bar whose fill and outline say how it is sourced. Geometry in attributes and style, like Bar. */
function SourcedBar({ x, y, width, height, kind, tone, opacity = 1 }: {
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

function Swatch({ x, y, kind, children }: { x: number; y: number; kind: Sourcing; children: ReactNode }) {
  return (
    <g>
      <SourcedBar x={x} y={y - 9} width={12} height={10} kind={kind} tone="c-neutral" />
      <Label x={x + 16} y={y} anchor="start" size={11}>{children}</Label>
    </g>
  );
}

function fadeGroup(on: boolean): CSSProperties {
  return { opacity: on ? 1 : 0 };
}

export function describe(data: HeadwindsData, step: number): string {
  const s = Math.min(step, VIEW.length - 1);
  const d = data.deliveries.points;
  const r = data.result.points;
  const early = data['early 2026 (weaker sources)'];
  const share = data['share price'];
  const tax = data['purchase tax'];
  const t = data['delivery targets'];
  if (s === 0) {
    const q3 = r[r.length - 1];
    return `Deliveries rose from ${d[0].text} in ${d[0].period} to ${d[5].text} in ${d[5].period}, when the segment made an operating profit of ${q3.text}. We found no official figures for the two quarters after it.`;
  }
  if (s === 1) {
    const [peak, close, fall] = ['share-price-peak', 'share-price-2025-11-19', 'share-price-fall-from-peak'].map((id) => pick(share, id));
    return `Xiaomi's share price: a record ${peak.text} during trading on ${peak.period}, then a close of ${close.text} on ${close.period}, ${fall.text} below the peak.`;
  }
  if (s === 2) {
    const [before, after, date] = ['purchase-tax-cap-2025', 'purchase-tax-cap-2026', 'purchase-tax-change-date'].map((id) => pick(tax, id));
    return `The purchase-tax saving on a new electric car falls from ${before.text} to ${after.text} from ${date.text}; Xiaomi's management expected the car margin to slip a little in 2026, and we found no later margin.`;
  }
  if (s === 3) {
    const [first, raised, goal, done, next] = t.points;
    return `The 2025 delivery target went from ${bare(first.text)} to ${bare(raised.text)} in March; media later reported a goal of ${goal.text}, which Xiaomi did not state; ${done.text} were delivered by a blogger's count. The target for 2026 is ${next.text}.`;
  }
  const q4 = d[6];
  if (s === 4) return `Deliveries in ${q4.period}, derived as the full year minus the first nine months, come to ${q4.text}; no page gives the figure, and no segment result for the quarter was found.`;
  const q1 = d[7];
  const res = pick(early, 'segment-result-2026q1');
  return `${q1.period}: ${q1.text} and a segment loss of RMB ${formatNumber(num(res.value), 'bn', 1)}, each from a single weaker source, after ${q4.text} in ${q4.period} (derived).`;
}

export default function HeadwindsChart({ data, step: stepId, progress }: ChartProps<HeadwindsData>) {
  // Not converted yet: draws by the step's place in content/charts/headwinds.ts.
  const step = stateAt('headwinds', headwinds.states, stepId).index;
  const s = Math.min(step, VIEW.length - 1);
  const view = VIEW[s];
  const g = grow(progress);

  // ---- Quarterly view ----
  const early = data['early 2026 (weaker sources)'];
  const res2026 = pick(early, 'segment-result-2026q1');
  const deliveries = data.deliveries.points;
  const periods = deliveries.map((p) => p.period);
  const results = [
    ...data.result.points.map((p) => ({ factId: p.factId, period: p.period, value: p.value })),
    { factId: res2026.factId, period: res2026.period, value: num(res2026.value) },
  ];
  const x = scaleBand(periods, [44, W - 8]).padding(0.3);
  const bw = x.bandwidth();
  const yCars = scaleLinear([0, max(deliveries, (p) => p.value) ?? 1], [TOP.y1, TOP.y0]);
  const lo = Math.min(0, min(results, (p) => p.value) ?? 0);
  const hi = Math.max(0, max(results, (p) => p.value) ?? 0);
  const yRes = scaleLinear([lo, hi], [BOTTOM.y1, BOTTOM.y0]).nice();
  const zero = yRes(0);
  const shown = view === 'quarters' ? SHOWN[s] : 0;
  const before = s === 0 ? SHOWN[0] : SHOWN[s - 1];
  const factor = (i: number) => (i < shown ? (i >= before ? g : 1) : 0);
  const resultIndex = (period: string) => periods.indexOf(period);
  const q4Period = periods[6];
  const q4Result = results.some((p) => p.period === q4Period);
  const taxDate = pick(data['purchase tax'], 'purchase-tax-change-date');
  const taxX = (x(periods[6])! + bw + x(periods[7])!) / 2;
  const q3 = data.result.points[data.result.points.length - 1];

  // ---- Share-price view ----
  const share = data['share price'];
  const peak = pick(share, 'share-price-peak');
  const close = pick(share, 'share-price-2025-11-19');
  const fall = pick(share, 'share-price-fall-from-peak');
  const yShare = scaleLinear([0, num(peak.value)], [352, 104]);
  const sharePanels = [
    { p: peak, x: 62, caption: 'record, during trading' },
    { p: close, x: 198, caption: 'close after the results' },
  ];

  // ---- Purchase-tax view ----
  const tax = data['purchase tax'];
  const taxBefore = pick(tax, 'purchase-tax-cap-2025');
  const taxAfter = pick(tax, 'purchase-tax-cap-2026');
  const yTax = scaleLinear([0, Math.max(num(taxBefore.value), num(taxAfter.value))], [320, 104]);
  const taxPanels = [
    { p: taxBefore, x: 40, caption: 'full exemption' },
    { p: taxAfter, x: 300, caption: 'tax halved' },
  ];

  // ---- Targets view ----
  const targets = data['delivery targets'].points;
  const xT = scaleLinear([0, max(targets, (p) => num(p.value)) ?? 1], [12, W - 118]);
  const rowNames = ['2025 target, at the start of the year', 'raised in March 2025', 'goal after Q3, as media reported it', "delivered in 2025 (a blogger's count)", 'target for 2026'];
  const rowY = [72, 124, 176, 228, 312];
  const actual = targets.findIndex((p) => p.factId === 'deliveries-2025fy');

  return (
    <ChartFrame title="The segment that holds Xiaomi's cars, after its first operating profit" description={describe(data, step)}>
      {/* ================= Quarterly view ================= */}
      <g className="mark" style={fadeGroup(view === 'quarters')}>
        <Label x={8} y={22} anchor="start" size={13} weight={600}>Cars delivered, by quarter</Label>
        <Label x={8} y={BOTTOM.y0 - 16} anchor="start" size={13} weight={600}>Segment result (RMB bn)</Label>
        {deliveries.map((p, i) => {
          const h = (TOP.y1 - yCars(p.value)) * factor(i);
          const on = i < shown ? 1 : 0;
          return (
            <g key={p.factId}>
              <SourcedBar x={x(p.period)!} y={TOP.y1 - h} width={bw} height={h} kind={sourcing(p.factId)} tone="c-neutral" opacity={on} />
              <Label x={x(p.period)! + bw / 2} y={TOP.y1 - h - 5} size={11} opacity={on}>
                {`${prefix(p.text)}${formatNumber(p.value / 1000, undefined, 0)}k`}
              </Label>
              <Label x={x(p.period)! + bw / 2} y={TOP.y1 + 16} size={11} className="c-muted">{p.period.replace(' 20', " '")}</Label>
            </g>
          );
        })}
        <Rule x1={40} x2={W - 4} y={TOP.y1} />
        {results.map((p) => {
          const i = resultIndex(p.period);
          const end = zero + (yRes(p.value) - zero) * factor(i);
          const on = i < shown ? 1 : 0;
          const profit = p.value > 0;
          const kind = sourcing(p.factId);
          return (
            <g key={p.factId}>
              <SourcedBar x={x(p.period)!} y={Math.min(zero, end)} width={bw} height={Math.abs(end - zero)} kind={kind} tone={profit ? 'c-profit' : 'c-loss'} opacity={on} />
              <Label x={x(p.period)! + bw / 2} y={profit ? end - 6 : end + 15} size={11} weight={600} opacity={on}>
                {`${profit ? '+' : '−'}${formatNumber(Math.abs(p.value) / 1e9, undefined, 1)}`}
              </Label>
            </g>
          );
        })}
        <Rule x1={40} x2={W - 4} y={zero} className="c-zero" />
        <Label x={38} y={zero + 4} anchor="end" size={11} className="c-muted">0</Label>
        <Label x={38} y={yRes(yRes.domain()[0]) + 4} anchor="end" size={11} className="c-muted">{`−${formatNumber(-yRes.domain()[0] / 1e9)}`}</Label>
        {/* State 0: the first profit, and the quarters still to come. */}
        <g className="mark" style={fadeGroup(s === 0)}>
          <Label x={x(q3.period)! + bw / 2} y={yRes(q3.value) - 20} size={11} weight={600} className="c-profit">first profit</Label>
          <Label x={x(periods[6])! + bw / 2} y={TOP.y1 - 8} size={13} className="c-muted">?</Label>
          <Label x={x(periods[7])! + bw / 2} y={TOP.y1 - 8} size={13} className="c-muted">?</Label>
          <Label x={8} y={416} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 12)} lines="up">
            Measure: adjusted net loss in 2024, operating result from 2025. The segment includes AI, so it is not the car business alone.
          </Label>
        </g>
        {/* States 4 and 5: the tax change on the time line, and the quarter with no published result. */}
        <g className="mark" style={fadeGroup(s >= 4)}>
          <line x1={taxX} x2={taxX} y1={44} y2={BOTTOM.y1} className="c-axis" style={{ strokeDasharray: '4 3' }} />
          <Label x={taxX - 4} y={40} anchor="end" size={11} className="c-muted">{`tax break halved, ${taxDate.text}`}</Label>
          {!q4Result && (
            <>
              <Label x={x(q4Period)! + bw / 2} y={zero + 16} size={11} className="c-muted">none</Label>
              <Label x={x(q4Period)! + bw / 2} y={zero + 29} size={11} className="c-muted">found</Label>
            </>
          )}
          <Swatch x={8} y={400} kind="reported">reported</Swatch>
          <Swatch x={92} y={400} kind="derived">derived</Swatch>
          <Swatch x={170} y={400} kind="weaker">one weaker source</Swatch>
        </g>
        <g className="mark" style={fadeGroup(s === 4)}>
          <Label x={8} y={416} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 12)} lines="up">{`${q4Period}: full year minus first nine months; no page gives it.`}</Label>
        </g>
        <g className="mark" style={fadeGroup(s === 5)}>
          <Label x={8} y={416} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 12)} lines="up">{`${periods[7]}: blog and news summaries; the loss's measure is not stated.`}</Label>
        </g>
      </g>

      {/* ================= Share-price view ================= */}
      <g className="mark" style={fadeGroup(view === 'share')}>
        <Label x={8} y={22} anchor="start" size={13} weight={600}>Xiaomi share price in Hong Kong (HK$)</Label>
        {sharePanels.map(({ p, x: bx, caption }) => {
          const top = yShare(num(p.value));
          return (
            <g key={p.factId}>
              <Bar x={bx} y={top} width={96} height={352 - top} className={p === peak ? 'c-neutral' : 'c-loss'} />
              <Label x={bx + 48} y={top - 10} size={16} weight={700}>{p.text}</Label>
              <Label x={bx + 48} y={372} size={12} weight={600}>{p.period}</Label>
              <Label x={bx + 48} y={388} size={11} className="c-muted">{caption}</Label>
            </g>
          );
        })}
        <Rule x1={40} x2={320} y={352} />
        <line x1={158} x2={322} y1={yShare(num(peak.value))} y2={yShare(num(peak.value))} className="c-axis" style={{ strokeDasharray: '4 3' }} />
        <line x1={316} x2={316} y1={yShare(num(peak.value))} y2={yShare(num(close.value))} className="c-zero" />
        <path d={`M311 ${yShare(num(close.value)) - 8} L316 ${yShare(num(close.value))} L321 ${yShare(num(close.value)) - 8}`} className="c-zero" style={{ fill: 'none' }} />
        <Label x={W - 4} y={(yShare(num(peak.value)) + yShare(num(close.value))) / 2 - 2} anchor="end" size={13} weight={700} className="c-loss">{fall.text}</Label>
        <Label x={W - 4} y={(yShare(num(peak.value)) + yShare(num(close.value))) / 2 + 14} anchor="end" size={11}>below the peak</Label>
        <Label x={8} y={412} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 12)} lines="up">Yicai and EconoTimes differ slightly on the close; the peak was intraday.</Label>
      </g>

      {/* ================= Purchase-tax view ================= */}
      <g className="mark" style={fadeGroup(view === 'tax')}>
        <Label x={8} y={22} anchor="start" size={13} weight={600}>Most a buyer saves in purchase tax</Label>
        <Label x={8} y={40} anchor="start" size={11} className="c-muted">on one new electric car in China (RMB)</Label>
        {taxPanels.map(({ p, x: bx, caption }, i) => {
          const top = yTax(num(p.value));
          return (
            <g key={p.factId}>
              <Bar x={bx} y={top} width={100} height={320 - top} className={i === 0 ? 'c-neutral' : 'c-loss'} />
              <Label x={bx + 50} y={top - 10} size={15} weight={700}>{`RMB ${formatNumber(num(p.value))}`}</Label>
              <Label x={bx + 50} y={340} size={12} weight={600}>{p.period}</Label>
              <Label x={bx + 50} y={356} size={11} className="c-muted">{caption}</Label>
            </g>
          );
        })}
        <Rule x1={24} x2={W - 24} y={320} />
        <Label x={220} y={yTax(num(taxAfter.value)) - 54} size={12} weight={600}>halved from</Label>
        <Label x={220} y={yTax(num(taxAfter.value)) - 38} size={12} weight={600}>{taxDate.text}</Label>
        <path d={`M152 ${yTax(num(taxAfter.value)) - 26} L288 ${yTax(num(taxAfter.value)) - 26} M281 ${yTax(num(taxAfter.value)) - 31} L288 ${yTax(num(taxAfter.value)) - 26} L281 ${yTax(num(taxAfter.value)) - 21}`} className="c-zero" style={{ fill: 'none' }} />
        <Label x={8} y={394} anchor="start" size={12} weight={600}>Xiaomi&apos;s management expected the car</Label>
        <Label x={8} y={410} anchor="start" size={12} weight={600}>margin to slip in 2026; outcome not found.</Label>
      </g>

      {/* ================= Targets view ================= */}
      <g className="mark" style={fadeGroup(view === 'targets')}>
        <Label x={8} y={22} anchor="start" size={13} weight={600}>Delivery targets and the 2025 result (cars)</Label>
        {targets.map((p, i) => {
          const y = rowY[i];
          const w = xT(num(p.value)) - xT(0);
          const isActual = i === actual;
          return (
            <g key={p.factId}>
              <Label x={12} y={y - 6} anchor="start" size={12} weight={isActual ? 600 : undefined} className={isActual ? 'c-ink' : 'c-muted'}>{rowNames[i] ?? p.label}</Label>
              {isActual ? (
                <Bar x={xT(0)} y={y} width={w} height={22} className="c-neutral" />
              ) : (
                <Bar x={xT(0)} y={y} width={w} height={22}
                  style={{ fill: 'var(--neutral)', fillOpacity: 0.18, stroke: 'var(--neutral)', strokeWidth: 1.5 }} />
              )}
              <Label x={xT(num(p.value)) + 6} y={y + 16} anchor="start" size={12} weight={600}>{bare(p.text)}</Label>
            </g>
          );
        })}
        <Rule x1={8} x2={W - 8} y={272} />
        <Label x={8} y={372} anchor="start" size={11} className="c-muted">Outlined: targets. Solid: cars delivered. Lei Jun gave</Label>
        <Label x={8} y={388} anchor="start" size={11} className="c-muted">a rounder total; no official exact figure was found.</Label>
      </g>
    </ChartFrame>
  );
}
