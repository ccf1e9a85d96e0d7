'use client';
/**
 * Cars delivered per quarter on a time axis, against the Beijing factory's rated capacity shown as
 * a quarterly run-rate (annual capacity ÷ 4, phase 1 and then phases 1 + 2), with the launch-order
 * counts as dashed rules and the milestones marked where they fall.
 * Step states: 0 launch night (orders vs capacity); 1 locked orders and the first quarter of
 * deliveries; 2 the ramp-up to the 100,000th SU7; 3 the SU7 Ultra; 4 waiting times; 5 the YU7
 * (the scale stretches to its orders); 6 phase 2, the 500,000th car and Q4 2025, which no page
 * gives: drawn light with a dashed outline as the derived figure (full year − first nine months).
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { max } from 'd3-array';
import { formatDate, formatNumber } from '@/lib/registry/format';
import { ChartFrame } from './ChartFrame';
import { Bar, Figure, Label, Shape, grow } from './marks';
import { W, type ChartData, type ChartProps, type ChartSeries, type FactList } from './types';
import { stateAt } from '@/lib/charts/states';
import { theLaunch } from '@/content/charts/the-launch';

export interface TheLaunchData extends ChartData {
  deliveries: ChartSeries;
  derivedQuarter: FactList;
  capacity: FactList;
  milestones: FactList;
  orders: FactList;
  windows: FactList;
  production: FactList;
  ultra: FactList;
  waiting: FactList;
}

type Point = FactList['points'][number];

const PLOT = { x0: 48, x1: 428, top: 96, base: 372 };
const ROWS = [58, 76];
/** The 100,000th SU7 is placed at launch date + the day count; it is not a registry date itself. */
const SU7_100K = 'su7-100000th';
const DAY = 86_400_000;

interface RuleSpec { id: string; faint?: boolean }
/** A milestone this step names: label rows go top to bottom in this order, so no guide crosses a label. */
interface Named { id: string; anchor: 'start' | 'end' }
interface State {
  shown: number;
  labelled: Named[];
  rules: RuleSpec[];
  tall?: boolean;
  phase2?: boolean;
  waiting?: boolean;
}

const STATES: State[] = [
  { shown: 0, labelled: [{ id: 'su7-launch-date', anchor: 'start' }], rules: [{ id: 'su7-orders-27-minutes' }, { id: 'su7-orders-24h' }] },
  { shown: 1, labelled: [{ id: 'su7-first-deliveries', anchor: 'start' }], rules: [{ id: 'su7-orders-24h', faint: true }, { id: 'su7-locked-orders' }] },
  { shown: 3, labelled: [{ id: 'phase2-construction-start', anchor: 'start' }, { id: SU7_100K, anchor: 'start' }], rules: [] },
  { shown: 4, labelled: [{ id: 'su7-ultra-presale-date', anchor: 'start' }, { id: 'su7-ultra-launch-date', anchor: 'end' }], rules: [] },
  { shown: 4, labelled: [], rules: [], waiting: true },
  { shown: 5, labelled: [{ id: 'yu7-launch-date', anchor: 'end' }], rules: [{ id: 'su7-orders-24h', faint: true }, { id: 'yu7-locked-18-hours' }, { id: 'yu7-orders-1-hour' }], tall: true },
  { shown: 6, labelled: [{ id: 'car-500000th-date', anchor: 'end' }, { id: 'phase2-operational', anchor: 'end' }], rules: [], phase2: true },
];
/** A halo in the page colour behind chart text, so guides and bars never run through a label. */
const HALO = { stroke: 'var(--bg)', strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as React.CSSProperties;

function pick(list: FactList, id: string): Point {
  const p = list.points.find((q) => q.factId === id);
  if (!p) throw new Error(`the-launch chart: "${list.id}" has no fact "${id}"`);
  return p;
}
const num = (p: Point) => p.value as number;

/** ISO date (YYYY-MM-DD or YYYY-MM) to a UTC timestamp; a month alone falls on its first day. */
function utc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}
/** "Q2 2024" to the first and last instant of the quarter. */
function quarterSpan(period: string): [number, number] {
  const m = /^Q([1-4]) (\d{4})$/.exec(period);
  if (!m) throw new Error(`the-launch chart: "${period}" is not a quarter`);
  const q = Number(m[1]);
  const y = Number(m[2]);
  return [Date.UTC(y, (q - 1) * 3, 1), Date.UTC(y, q * 3, 1)];
}
const shortQuarter = (period: string) => period.replace(' 20', " '");

/** Every date the chart places, by id (registry dates plus the derived 100,000th-SU7 date). */
function dates(data: TheLaunchData): Map<string, number> {
  const m = new Map(data.milestones.points.map((p) => [p.factId, utc(p.value as string)]));
  const days = num(pick(data.production, 'su7-days-to-100000'));
  m.set(SU7_100K, m.get('su7-launch-date')! + days * DAY);
  return m;
}

function milestoneLabel(data: TheLaunchData, id: string): string {
  const ms = (fid: string) => pick(data.milestones, fid).text;
  switch (id) {
    case 'su7-launch-date': return `SU7 launch · ${ms(id)}`;
    case 'su7-first-deliveries': return `First deliveries · ${ms(id)}`;
    case 'phase2-construction-start': return `Phase 2 building starts · ${ms(id)}`;
    case SU7_100K: return `${formatNumber(num(pick(data.production, 'su7-production-milestone')))}th SU7 · after ${pick(data.production, 'su7-days-to-100000').text}`;
    case 'su7-ultra-presale-date': return `Ultra pre-sale · ${pick(data.ultra, 'su7-ultra-presale-price').text}`;
    case 'su7-ultra-launch-date': return `Ultra launch · ${pick(data.ultra, 'su7-ultra-launch-price').text}`;
    case 'yu7-launch-date': return `YU7 launch · ${ms(id)}`;
    case 'phase2-operational': return `Phase 2 running · ${ms(id)}`;
    case 'car-500000th-date': return `${formatNumber(num(pick(data.production, 'car-production-milestone')))}th car · ${ms(id)}`;
    default: return id;
  }
}

function ruleLabel(data: TheLaunchData, id: string, s: number): string {
  const o = pick(data.orders, id);
  switch (id) {
    case 'su7-orders-27-minutes': return `${o.text} firm orders in ${pick(data.windows, 'su7-orders-window-minutes').text}`;
    case 'su7-orders-24h': return s === 5 ? `SU7: ${o.text} in its first day` : `${o.text} firm orders in the first day (refundable)`;
    case 'su7-locked-orders': return `${o.text} locked, no refund, by ${o.period}`;
    case 'yu7-orders-1-hour': return `YU7: ${o.text} pre-orders in the first hour`;
    case 'yu7-locked-18-hours': return `YU7: ${o.text} locked in ${pick(data.windows, 'yu7-locked-window-hours').text}`;
    default: return o.text;
  }
}

export function describe(data: TheLaunchData, step: number): string {
  const s = Math.min(step, STATES.length - 1);
  const o = (id: string) => pick(data.orders, id);
  const m = (id: string) => pick(data.milestones, id);
  const q = data.deliveries.points;
  const cap1 = num(pick(data.capacity, 'factory-phase1-capacity'));
  const total = num(pick(data.capacity, 'factory-capacity-total'));
  switch (s) {
    case 0:
      return `On ${m('su7-launch-date').text} the SU7 took ${o('su7-orders-27-minutes').text} refundable firm orders in ${pick(data.windows, 'su7-orders-window-minutes').text} and ${o('su7-orders-24h').text} within a day, while the factory's first phase was rated at ${formatNumber(cap1)} cars a year, about ${formatNumber(cap1 / 4)} a quarter.`;
    case 1:
      return `First deliveries began on ${m('su7-first-deliveries').text}. By ${o('su7-locked-orders').period}, ${o('su7-locked-orders').text} orders were locked; ${q[0].period} deliveries were ${q[0].text}.`;
    case 2:
      return `Deliveries rose to ${q[1].text} in ${q[1].period} and ${q[2].text} in ${q[2].period}, above the rated ${formatNumber(cap1 / 4)} a quarter; the ${formatNumber(num(pick(data.production, 'su7-production-milestone')))}th SU7 was built ${pick(data.production, 'su7-days-to-100000').text} after launch.`;
    case 3:
      return `The SU7 Ultra opened for pre-sale on ${m('su7-ultra-presale-date').text} at ${pick(data.ultra, 'su7-ultra-presale-price').text} and launched on ${m('su7-ultra-launch-date').text} at ${pick(data.ultra, 'su7-ultra-launch-price').text}; ${q[3].period} deliveries were ${q[3].text}.`;
    case 4: {
      const w = (id: string) => pick(data.waiting, id).text;
      return `In ${w('wait-quoted-date')} a new SU7 Max order meant a wait of ${w('wait-su7-max-low')} to ${w('wait-su7-max-high')} weeks, and an SU7 Ultra ${w('wait-su7-ultra')} weeks: delivery late in 2025.`;
    }
    case 5:
      return `The YU7 launched on ${m('yu7-launch-date').text} with ${o('yu7-orders-1-hour').text} pre-orders in the first hour and ${o('yu7-locked-18-hours').text} locked orders within ${pick(data.windows, 'yu7-locked-window-hours').text}, more than twice the ${q[4].text} delivered in ${q[4].period}.`;
    default: {
      const dq = pick(data.derivedQuarter, 'deliveries-2025q4-derived');
      return `Phase 2 was running by ${m('phase2-operational').text}, lifting rated capacity to ${formatNumber(total)} cars a year, about ${formatNumber(total / 4)} a quarter; ${q[5].period} deliveries reached ${q[5].text}, and the ${formatNumber(num(pick(data.production, 'car-production-milestone')))}th car was built on ${m('car-500000th-date').text}. No page gives ${dq.period}: the full year less the first nine months leaves ${dq.text} (derived).`;
    }
  }
}

/** A dashed horizontal or vertical guide whose geometry morphs between states. */
function Dash({ d, opacity, strong = false }: { d: string; opacity: number; strong?: boolean }) {
  return (
    <Shape d={d} className="" opacity={opacity}
      style={{ fill: 'none', stroke: strong ? 'var(--ink)' : 'var(--ink-muted)', strokeWidth: strong ? 1.5 : 1, strokeDasharray: strong ? '6 4' : '3 3' }} />
  );
}

export default function TheLaunchChart({ data, step: stepId, progress }: ChartProps<TheLaunchData>) {
  // Not converted yet: draws by the step's place in content/charts/the-launch.ts.
  const step = stateAt('the-launch', theLaunch.states, stepId).index;
  const s = Math.min(step, STATES.length - 1);
  const st = STATES[s];
  const before = s === 0 ? st.shown : STATES[s - 1].shown;
  const g = grow(progress);
  const when = dates(data);

  // Time axis: from the month of the launch to the end of the quarter holding the last event.
  const spans = data.deliveries.points.map((p) => quarterSpan(p.period));
  const launch = new Date(when.get('su7-launch-date')!);
  const start = Date.UTC(launch.getUTCFullYear(), launch.getUTCMonth(), 1);
  const lastEvent = max([...when.values()]) ?? start;
  const le = new Date(lastEvent);
  const dq = pick(data.derivedQuarter, 'deliveries-2025q4-derived');
  const dqSpan = quarterSpan(dq.period);
  const end = Math.max(spans[spans.length - 1][1], dqSpan[1], Date.UTC(le.getUTCFullYear(), Math.floor(le.getUTCMonth() / 3) * 3 + 3, 1));
  const x = scaleUtc([new Date(start), new Date(end)], [PLOT.x0, PLOT.x1]);
  const xs = (t: number) => x(new Date(t));

  // Value axis: cars. It stretches in the YU7 step to take that launch's order counts.
  const shownRules = st.rules.map((r) => num(pick(data.orders, r.id)));
  const base = Math.max(max(data.deliveries.points, (p) => p.value) ?? 0, num(pick(data.orders, 'su7-orders-24h')));
  // The last step also draws the derived Q4 2025 bar, so its scale takes that bar's height.
  const y = scaleLinear([0, st.tall ? Math.max(base, ...shownRules) : st.phase2 ? Math.max(base, num(dq)) : base], [PLOT.base, PLOT.top]).nice(6);
  const ticks = y.ticks(6);

  // Rated capacity as a quarterly run-rate: annual capacity ÷ 4, from the registry values.
  const cap1 = num(pick(data.capacity, 'factory-phase1-capacity')) / 4;
  const capAll = num(pick(data.capacity, 'factory-capacity-total')) / 4;
  const xP2 = xs(when.get('phase2-operational')!);
  const capAfter = st.phase2 ? capAll : cap1;
  const capPath = `M${PLOT.x0},${y(cap1)}H${xP2}V${y(capAfter)}H${PLOT.x1}`;

  // Milestones: the ones this step names get a guide and a label; earlier ones keep a tick.
  const revealed = new Set(STATES.slice(0, s + 1).flatMap((t) => t.labelled.map((n) => n.id)));
  const order = [...data.milestones.points.map((p) => p.factId), SU7_100K].sort((a, b) => when.get(a)! - when.get(b)!);

  // Waiting times (step 4): an order placed in the quoted month, and when it would arrive.
  const wait = (id: string) => num(pick(data.waiting, id));
  const ordered = utc(pick(data.waiting, 'wait-quoted-date').value as string) + 14 * DAY; // mid-month
  const weeks = (n: number) => xs(ordered + n * 7 * DAY);
  const xo = xs(ordered);
  const waitOn = st.waiting ? 1 : 0;
  const wy = [PLOT.top + 22, PLOT.top + 58];

  // Bars this step reveals grow with the reader's progress; earlier ones stand at full height.
  const reveal = (i: number) => (i < st.shown ? (i >= before ? g : 1) : 0);
  // A rule above this state's scale waits at the top of the plot, hidden, instead of flying off the chart.
  const ruleY = (v: number) => Math.max(PLOT.top, y(v));
  const ruleOpacity = (id: string) => {
    const r = st.rules.find((q) => q.id === id);
    return r ? (r.faint ? 0.45 : 1) : 0;
  };
  const quarterLabels = data.deliveries.points.map((p, i) => ({ t: (spans[i][0] + spans[i][1]) / 2, text: shortQuarter(p.period) }));
  for (let t = spans[spans.length - 1][1]; t < end; ) {
    const d = new Date(t);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1);
    quarterLabels.push({ t: (t + next) / 2, text: `Q${Math.floor(d.getUTCMonth() / 3) + 1} '${String(d.getUTCFullYear()).slice(2)}` });
    t = next;
  }

  return (
    <ChartFrame title="Xiaomi car deliveries per quarter against the factory's rated capacity, with launch orders and milestones" description={describe(data, step)}>
      {/* Legend */}
      <rect x={8} y={9} width={14} height={10} className="c-neutral" />
      <Label x={28} y={18} anchor="start" size={12}>Cars delivered per quarter</Label>
      <line x1={8} x2={22} y1={32} y2={32} className="c-line" />
      <Label x={28} y={36} anchor="start" size={12}>Rated factory capacity, annual ÷ 4</Label>

      {/* Value gridlines and ticks */}
      {ticks.map((t, i) => (
        <g key={i}>
          <Shape d={`M${PLOT.x0},${y(t)}H${PLOT.x1}`} className={t === 0 ? 'c-zero' : 'c-axis'} />
          <Label x={PLOT.x0 - 5} y={y(t) + 4} anchor="end" size={11} className="c-muted">{t === 0 ? '0' : `${formatNumber(t / 1000)}k`}</Label>
        </g>
      ))}

      {/* Milestone guides, behind the bars */}
      {order.map((id) => {
        const on = st.labelled.some((n) => n.id === id);
        const row = Math.max(0, st.labelled.findIndex((n) => n.id === id));
        const xm = xs(when.get(id)!);
        return <Dash key={id} d={`M${xm},${ROWS[row] + 4}V${PLOT.base}`} opacity={on ? 1 : 0} />;
      })}

      {/* Quarter bars */}
      {data.deliveries.points.map((p, i) => {
        const [a, b] = spans[i];
        const h = (PLOT.base - y(p.value)) * reveal(i);
        return <Bar key={p.factId} x={xs(a) + 7} y={PLOT.base - h} width={xs(b) - xs(a) - 14} height={h} className="c-neutral" opacity={i < st.shown ? 1 : 0} />;
      })}

      {/* Q4 2025, derived (last step only): light fill and a dashed outline, as the headwinds chart draws it. */}
      {(() => {
        const h = (PLOT.base - y(num(dq))) * (st.phase2 ? g : 0);
        const box = { x: xs(dqSpan[0]) + 7, y: PLOT.base - h, width: xs(dqSpan[1]) - xs(dqSpan[0]) - 14, height: h };
        return (
          <rect {...box} className="mark" data-derived={dq.factId}
            style={{ ...box, opacity: st.phase2 ? 1 : 0, fill: 'var(--neutral)', fillOpacity: 0.35, stroke: 'var(--ink-muted)', strokeWidth: 1.5, strokeDasharray: '5 3' } as React.CSSProperties} />
        );
      })()}

      {/* Quarter labels on the time axis (a slot after the last quarter has no official figure) */}
      {quarterLabels.map((l) => (
        <Label key={l.text} x={xs(l.t)} y={PLOT.base + 18} size={11} className="c-muted">{l.text}</Label>
      ))}

      {/* Capacity run-rate */}
      <Shape d={capPath} className="c-line" />

      {/* Launch orders as dashed rules */}
      {data.orders.points.map((p) => (
        <Dash key={p.factId} d={`M${PLOT.x0},${ruleY(p.value as number)}H${PLOT.x1}`} opacity={ruleOpacity(p.factId)} strong />
      ))}

      {/* Milestone ticks on the time axis: every milestone reached so far */}
      {order.map((id) => (
        <path key={id} d={`M${xs(when.get(id)!)},${PLOT.base + 1}l-4,7h8z`} className="mark" style={{ fill: 'var(--accent)', opacity: revealed.has(id) ? 1 : 0 }} />
      ))}

      {/* All text over the marks, with a halo so no line runs through it */}
      <g style={HALO}>
        {data.deliveries.points.map((p, i) => {
          const [a, b] = spans[i];
          const h = (PLOT.base - y(p.value)) * reveal(i);
          return (
            <Label key={p.factId} x={(xs(a) + xs(b)) / 2} y={PLOT.base - h - 5} size={11} weight={600} opacity={i < st.shown ? 1 : 0}>
              {`${formatNumber(p.value / 1000, undefined, 1)}k`}
            </Label>
          );
        })}
        <Figure x={PLOT.x1} y={y(capAfter) - 6} anchor="end" size={11} weight={600} value={capAfter} format={(v) => formatNumber(v)} />
        {data.orders.points.map((p) => {
          const on = ruleOpacity(p.factId);
          return (
            <Label key={p.factId} x={PLOT.x0 + 24} y={ruleY(p.value as number) - 5} anchor="start" size={11} weight={on === 1 ? 600 : 400} opacity={on}>
              {ruleLabel(data, p.factId, s)}
            </Label>
          );
        })}
        {order.map((id) => {
          const xm = xs(when.get(id)!);
          const row = st.labelled.findIndex((n) => n.id === id);
          const on = row >= 0;
          const right = on ? st.labelled[row].anchor === 'end' : xm > W / 2;
          return (
            <Label key={id} x={right ? xm + 3 : xm - 3} y={ROWS[Math.max(0, row)]} anchor={right ? 'end' : 'start'} size={11} weight={600} opacity={on ? 1 : 0}>
              {milestoneLabel(data, id)}
            </Label>
          );
        })}
        {/* Q4 2025's value, marked as derived (last step only). */}
        <Label x={(xs(dqSpan[0]) + xs(dqSpan[1])) / 2} y={PLOT.base - (PLOT.base - y(num(dq))) * (st.phase2 ? g : 0) - 5} size={11} weight={600} opacity={st.phase2 ? 1 : 0}>
          {`${formatNumber(num(dq) / 1000, undefined, 1)}k`}
        </Label>
        <Label x={(xs(dqSpan[0]) + xs(dqSpan[1])) / 2} y={PLOT.base - (PLOT.base - y(num(dq))) * (st.phase2 ? g : 0) - 19} size={10} className="c-muted" opacity={st.phase2 ? 1 : 0}>derived</Label>
      </g>

      {/* Waiting times, step 4 */}
      <g className="mark" style={{ opacity: waitOn }}>
        <circle cx={xo} cy={wy[0]} r={4} style={{ fill: 'var(--accent)' }} />
        <circle cx={xo} cy={wy[1]} r={4} style={{ fill: 'var(--accent)' }} />
        <line x1={xo} x2={weeks(wait('wait-su7-max-high'))} y1={wy[0]} y2={wy[0]} style={{ stroke: 'var(--accent)', strokeWidth: 1.5 }} />
        <rect x={weeks(wait('wait-su7-max-low'))} y={wy[0] - 5} width={weeks(wait('wait-su7-max-high')) - weeks(wait('wait-su7-max-low'))} height={10} style={{ fill: 'var(--accent)' }} />
        <line x1={xo} x2={weeks(wait('wait-su7-ultra'))} y1={wy[1]} y2={wy[1]} style={{ stroke: 'var(--accent)', strokeWidth: 1.5 }} />
        <path d={`M${weeks(wait('wait-su7-ultra'))},${wy[1] - 5}l6,5l-6,5z`} style={{ fill: 'var(--accent)' }} />
        <g style={HALO}>
        {/* Set against the chart's right edge: begun at the order, they run past it on a 320 px phone. */}
        <Label x={W - 4} y={wy[0] - 10} anchor="end" size={11} weight={600}>{`SU7 Max: ${pick(data.waiting, 'wait-su7-max-low').text}–${pick(data.waiting, 'wait-su7-max-high').text} weeks`}</Label>
        <Label x={W - 4} y={wy[1] - 10} anchor="end" size={11} weight={600}>{`SU7 Ultra: ${pick(data.waiting, 'wait-su7-ultra').text} weeks`}</Label>
        <Label x={xo - 8} y={wy[1] + 20} anchor="end" size={11} className="c-muted">{`ordered ${formatDate(pick(data.waiting, 'wait-quoted-date').value as string)}`}</Label>
        </g>
      </g>
    </ChartFrame>
  );
}
