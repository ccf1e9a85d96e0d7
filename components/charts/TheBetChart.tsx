'use client';
/**
 * The bet: one chart with two views that the steps move between.
 * A vertical timeline (states 0, 1, 5) and a set of money bars in RMB (states 2, 3, 4).
 * Step states: 0 the announcement and the money pledged; 1 the first moves (DeepMotion, the
 * self-driving budget) and what Xiaomi builds in-house; 2 the 2024 revenue mix, as shares of group
 * revenue; 3 zoomed in: R&D spending against the car segment's revenue; 4 the money put into cars;
 * 5 the whole timeline as far as this chapter goes: the SU7 launch and the plan for Europe (the
 * results come in later chapters, so this one does not give them away).
 */
import { scaleLinear, scaleTime } from 'd3-scale';
import { formatDate } from '@/lib/registry/format';
import { ChartFrame } from './ChartFrame';
import { Appear, Bar, Dot, Label, Presence, Shape, grow } from './marks';
import { fitChars, wrapLines } from './wrap';
import { W, H, type ChartProps, type ChartData, type FactList } from './types';

export interface TheBetData extends ChartData {
  timeline: FactList;
  pledge: FactList;
  autonomy: FactList;
  revenue: FactList;
  shares: FactList;
  research: FactList;
  invested: FactList;
}

type Point = FactList['points'][number];
const STATES = 6;
const TIMELINE_STATES = [0, 1, 5];

function pick(list: FactList, id: string): Point {
  const p = list.points.find((q) => q.factId === id);
  if (!p) throw new Error(`the-bet chart: fact "${id}" missing from data "${list.id}"`);
  return p;
}
const num = (p: Point) => (typeof p.value === 'number' ? p.value : Number.NaN);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** When an event happened: the value of a date fact, or else its period ("Aug 2021", "Q3 2025"). */
function when(p: Point): { date: Date; iso: string } {
  const raw = typeof p.value === 'string' ? p.value : p.period;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  if (m) {
    const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : m[2] ? 15 : 1];
    return { date: new Date(Date.UTC(y, mo - 1, d)), iso: raw };
  }
  m = /^Q([1-4]) (\d{4})$/.exec(raw);
  if (m) {
    // The end of the quarter: the result is known once the quarter is over.
    const q = Number(m[1]);
    const y = Number(m[2]);
    return { date: new Date(Date.UTC(y, q * 3, 0)), iso: raw };
  }
  m = /^(?:(\d{1,2}) )?([A-Z][a-z]{2}) (\d{4})$/.exec(raw);
  if (m && MONTHS.includes(m[2])) {
    const mo = MONTHS.indexOf(m[2]) + 1;
    const iso = `${m[3]}-${String(mo).padStart(2, '0')}${m[1] ? `-${m[1].padStart(2, '0')}` : ''}`;
    return { date: new Date(Date.UTC(Number(m[3]), mo - 1, m[1] ? Number(m[1]) : 15)), iso };
  }
  throw new Error(`the-bet chart: cannot place "${p.factId}" (${raw}) on the timeline`);
}
const dateText = (p: Point) => {
  const { iso } = when(p);
  return /^\d{4}/.test(iso) ? formatDate(iso) : iso;
};

/** The figures every view and the description use, looked up by fact id. */
function figures(data: TheBetData) {
  const t = data.timeline;
  const r = data.revenue;
  const s = data.shares;
  return {
    announced: pick(t, 'ev-business-announced'),
    deepmotion: pick(t, 'deepmotion-acquisition'),
    adDate: pick(t, 'autonomous-driving-announced'),
    su7: pick(t, 'su7-launch-date'),
    reaffirmed: pick(t, 'europe-2027-q3-results'),
    europe: pick(t, 'europe-target-year'),
    initial: pick(data.pledge, 'initial-investment'),
    planned: pick(data.pledge, 'planned-investment-usd'),
    years: pick(data.pledge, 'plan-years'),
    ad: pick(data.autonomy, 'autonomous-driving-investment'),
    team: pick(data.autonomy, 'autonomous-driving-team-2022'),
    fleet: pick(data.autonomy, 'autonomous-driving-test-fleet'),
    group: pick(r, 'group-revenue-2024fy'),
    phones: pick(r, 'smartphone-revenue-2024fy'),
    iot: pick(r, 'iot-revenue-2024fy'),
    internet: pick(r, 'internet-revenue-2024fy'),
    ev: pick(r, 'segment-revenue-2024fy'),
    evOnly: pick(r, 'ev-revenue-2024fy'),
    phonesShare: pick(s, 'smartphone-share-2024fy'),
    iotShare: pick(s, 'iot-share-2024fy'),
    internetShare: pick(s, 'internet-share-2024fy'),
    evShare: pick(s, 'segment-share-2024fy'),
    rd24: pick(data.research, 'rd-spend-2024'),
    rd25: pick(data.research, 'rd-budget-2025'),
    ai: pick(data.research, 'ai-rd-budget-2025'),
    cumulative: pick(data.invested, 'cumulative-investment-2022-2025h1'),
    rate: pick(data.invested, 'usd-cny-rate-2025-08'),
    share: pick(data.invested, 'investment-share-of-pledge'),
  };
}

export function describe(data: TheBetData, step: number): string {
  const s = Math.min(step, STATES - 1);
  const f = figures(data);
  switch (s) {
    case 0:
      return `On ${f.announced.text} Xiaomi announced a wholly-owned car business: ${f.initial.text} to start, and ${f.planned.text} planned over ${f.years.text}.`;
    case 1:
      return `The first moves on the timeline: DeepMotion bought in ${dateText(f.deepmotion)} for ${f.deepmotion.text}, and ${f.ad.text} for the first phase of self-driving research, announced on ${f.adDate.text}.`;
    case 2:
      return `In ${f.group.period} smartphones brought in ${f.phonesShare.text} of Xiaomi's ${f.group.text} revenue, IoT and lifestyle products ${f.iotShare.text}, internet services ${f.internetShare.text} and the smart EV segment ${f.evShare.text}.`;
    case 3:
      return `Zoomed in: Xiaomi spent ${f.rd24.text} on R&D in ${f.rd24.period} and planned ${f.rd25.text} (${f.rd25.period}), ${f.ai.text} of it for AI; the smart EV segment took in ${f.ev.text}.`;
    case 4:
      return `Money put into cars: ${f.initial.text} to start, on ${f.announced.text}, ${f.ad.text} for self-driving research, and ${f.cumulative.text} invested in cars and other new businesses from ${f.cumulative.period}: at ${f.rate.text} to the dollar, the rate Reuters used on ${f.rate.period}, ${f.share.text} of the ${f.planned.text} pledge.`;
    default:
      return `The whole timeline: the SU7 launch on ${f.su7.text}, and car sales in Europe planned from ${f.europe.text}; the ten-year plan runs on to ${num(f.years) + when(f.announced).date.getUTCFullYear()}.`;
  }
}

// ---------------------------------------------------------------- timeline view
const AX = 62; // the time axis
const LX = AX + 26; // where event labels start
// State 1's in-house list, below the three events even when their notes wrap onto two lines (320 px phones).
const IN_HOUSE_Y = 242;
const T = { y0: 60, y1: 392 };

interface EventSpec {
  key: string;
  at: Point;
  /** States in which the event is on the timeline, and the state that reveals it. */
  shown: number[];
  title: string;
  lines: { text: string; muted?: boolean; italic?: boolean }[];
}

// ---------------------------------------------------------------- money view
const M = { x0: 16, x1: 300, row0: 62, rowH: 64, barY: 19, barH: 22 };
interface Row {
  key: string;
  value: number;
  /** State → row index. */
  rows: Partial<Record<number, number>>;
  name: (s: number) => string;
  valueText: (s: number) => string;
  className?: string;
  accent?: boolean;
  open?: boolean;
}

export default function TheBetChart({ data, step, progress }: ChartProps<TheBetData>) {
  const s = Math.min(step, STATES - 1);
  const f = figures(data);
  const g = grow(progress);
  const timelineOn = TIMELINE_STATES.includes(s);

  // ---- timeline maths
  const start = when(f.announced).date;
  const europe = when(f.europe).date;
  const firstYear = start.getUTCFullYear();
  const lastYear = europe.getUTCFullYear() + 1;
  const y = scaleTime([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear, 0, 1))], [T.y0, T.y1]);
  const planEnd = firstYear + num(f.years);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  const events: EventSpec[] = [
    {
      key: 'announced', at: f.announced, shown: [0, 1, 5], title: `${f.announced.text} · Car business announced`,
      lines: [{ text: 'a wholly-owned company, run by Lei Jun himself', muted: true }],
    },
    {
      key: 'deepmotion', at: f.deepmotion, shown: [1, 5], title: `${dateText(f.deepmotion)} · DeepMotion bought`,
      lines: [{ text: `${f.deepmotion.text} for a self-driving start-up`, muted: true }],
    },
    {
      key: 'ad', at: f.adDate, shown: [1, 5], title: `${f.adDate.text} · Self-driving research`,
      lines: [
        { text: `${f.ad.text} for the first phase`, muted: true },
        { text: `one source lists it with the ${firstYear} plan`, muted: true, italic: true },
      ],
    },
    {
      key: 'su7', at: f.su7, shown: [5], title: `${f.su7.text} · SU7 launched`,
      lines: [{ text: 'prices announced, orders open', muted: true }],
    },
    {
      key: 'europe', at: f.europe, shown: [5], title: `${f.europe.text} · Sales in Europe planned`,
      lines: [{ text: `target restated on ${f.reaffirmed.text}`, muted: true }],
    },
  ];
  // Europe has a year but no month: its mark is a band over the whole year.
  const dotY = (e: EventSpec) => (e.key === 'europe' ? (y(europe) + y(new Date(Date.UTC(lastYear, 0, 1)))) / 2 : y(when(e.at).date));
  // Labels: start level with their dot, pushed down so they never overlap, then up if they run off the bottom.
  const LINE = 15;
  // An event's notes, broken into lines that fit beside the axis on a 320 px phone.
  const noteLines = (e: EventSpec) => e.lines.flatMap((l) => wrapLines(l.text, fitChars(W - LX - 4)).map((text) => ({ ...l, text })));
  const blockH = (e: EventSpec) => LINE * (1 + noteLines(e).length) + 4;
  const visibleEvents = events.filter((e) => e.shown.includes(timelineOn ? s : 5));
  const tops = new Map<string, number>();
  let floor = 0;
  for (const e of visibleEvents) {
    const top = Math.max(dotY(e) - 10, floor);
    tops.set(e.key, top);
    floor = top + blockH(e) + 4;
  }
  let ceiling = H - 6;
  for (const e of [...visibleEvents].reverse()) {
    const top = Math.min(tops.get(e.key)!, ceiling - blockH(e));
    tops.set(e.key, top);
    ceiling = top - 4;
  }
  const isNew = (e: EventSpec) => e.shown[0] === s || (s === 0 && e.key === 'announced');

  // ---- money maths
  const rows: Row[] = [
    { key: 'phones', value: num(f.phones), rows: { 2: 0 }, name: () => 'Smartphones', valueText: () => `${f.phones.text} · ${f.phonesShare.text}`, className: 'c-neutral' },
    { key: 'iot', value: num(f.iot), rows: { 2: 1 }, name: () => 'IoT and lifestyle products', valueText: () => `${f.iot.text} · ${f.iotShare.text}`, className: 'c-neutral' },
    { key: 'internet', value: num(f.internet), rows: { 2: 2 }, name: () => 'Internet services', valueText: () => `${f.internet.text} · ${f.internetShare.text}`, className: 'c-neutral' },
    {
      key: 'ev', value: num(f.ev), rows: { 2: 3, 3: 0 }, accent: true,
      name: (st) => (st === 3 ? `Smart EV segment revenue, ${f.ev.period}` : 'Smart EVs and other new initiatives'),
      valueText: (st) => (st === 3 ? f.ev.text : `${f.ev.text} · ${f.evShare.text}`),
    },
    { key: 'rd24', value: num(f.rd24), rows: { 3: 1 }, name: () => `R&D spending, whole group, ${f.rd24.period}`, valueText: () => f.rd24.text, className: 'c-neutral' },
    { key: 'rd25', value: num(f.rd25), rows: { 3: 2 }, name: () => `R&D budget, whole group, ${f.rd25.period}`, valueText: () => f.rd25.text, className: 'c-neutral' },
    { key: 'initial', value: num(f.initial), rows: { 4: 0 }, accent: true, name: () => `Initial investment, ${dateText(f.initial)}`, valueText: () => f.initial.text },
    { key: 'ad', value: num(f.ad), rows: { 4: 1 }, accent: true, name: () => `Self-driving research, first phase, ${dateText(f.adDate)}`, valueText: () => f.ad.text },
    {
      key: 'cumulative', value: num(f.cumulative), rows: { 4: 2 }, accent: true, open: true,
      name: () => `Cars and other new businesses, ${f.cumulative.period}`, valueText: () => f.cumulative.text,
    },
  ];
  const mixScale = scaleLinear([0, num(f.group)], [M.x0, W - 16]);
  const zoomMax = Math.max(...rows.filter((r) => r.rows[3] !== undefined || r.rows[4] !== undefined).map((r) => r.value));
  const zoomScale = scaleLinear([0, zoomMax], [M.x0, M.x1]).nice();
  const xs = s === 2 || timelineOn ? mixScale : zoomScale;
  const rowOf = (r: Row): number => {
    const here = r.rows[s];
    if (here !== undefined) return here;
    // Hidden: wait in the row of the nearest state that shows it, so it grows in place.
    const states = Object.keys(r.rows).map(Number);
    const nearest = states.reduce((a, b) => (Math.abs(b - s) < Math.abs(a - s) ? b : a), states[0]);
    return r.rows[nearest]!;
  };
  const rowY = (i: number) => M.row0 + i * M.rowH;
  const gridBottom = s === 2 ? rowY(4) - 6 : rowY(3) + 8;
  const percent = scaleLinear([0, 100], [M.x0, W - 16]);
  const ticks =
    s === 2
      ? percent.ticks(4).map((t) => ({ x: percent(t), text: `${t}%` }))
      : zoomScale.ticks(4).map((t) => ({ x: zoomScale(t), text: t === 0 ? '0' : `${t / 1e9} bn` }));
  const moneyHeading = s === 3 ? 'What Xiaomi spends on research (RMB)' : s === 4 ? 'Money put into the car bet (RMB)' : `Xiaomi revenue by segment, ${f.group.period}`;
  const moneySub =
    s === 3
      ? 'the car segment\u2019s revenue for scale; R&D covers the whole group'
      : s === 4
        ? 'the last bar is open-ended: the source says \u201cmore than\u201d'
        : `bar length = share of group revenue, ${f.group.text} in all`;
  const timelineHeading = s === 0 ? 'The bet is placed' : s === 1 ? 'First moves: a purchase and a research budget' : 'From pledge to launch, and a plan for Europe';

  return (
    <ChartFrame title={`Xiaomi's car bet: timeline and money, ${firstYear} to ${lastYear - 1}`} description={describe(data, step)}>
      {/* ============================== timeline view ============================== */}
      <g className="mark" style={{ opacity: timelineOn ? 1 : 0 }} aria-hidden={!timelineOn}>
        <Label x={8} y={20} anchor="start" size={14} weight={700}>{timelineHeading}</Label>
        <Label x={8} y={38} anchor="start" size={12} className="c-muted">{`timeline, ${firstYear} to ${lastYear - 1}; the plan runs ${f.years.text}, to ${planEnd}`}</Label>
        {years.map((yr) => (
          <g key={yr}>
            <line x1={AX - 4} x2={AX + 4} y1={y(new Date(Date.UTC(yr, 0, 1)))} y2={y(new Date(Date.UTC(yr, 0, 1)))} className="c-axis" />
            {yr < lastYear && (
              <Label x={AX - 16} y={y(new Date(Date.UTC(yr, 6, 1))) + 4} anchor="end" size={11} className="c-muted">{yr}</Label>
            )}
          </g>
        ))}
        {/* The axis: grey before the announcement, the plan's colour after it, running on past the chart. */}
        <line x1={AX} x2={AX} y1={T.y0} y2={y(start)} className="c-axis" />
        <rect x={AX - 1.5} y={y(start)} width={3} height={T.y1 - y(start) + 10} style={{ fill: 'var(--accent)', opacity: 0.55 }} />
        <path d={`M${AX - 6},${T.y1 + 8} L${AX},${T.y1 + 18} L${AX + 6},${T.y1 + 8} Z`} style={{ fill: 'var(--accent)', opacity: 0.55 }} />
        {/* Europe: a year, no month. */}
        <rect x={AX - 6} y={y(europe)} width={12} height={y(new Date(Date.UTC(lastYear, 0, 1))) - y(europe)} rx={3}
          className="mark" style={{ fill: 'var(--accent)', opacity: s === 5 ? 0.9 : 0 }} />
        {events.map((e) => {
          const on = e.shown.includes(timelineOn ? s : 5);
          const top = tops.get(e.key) ?? dotY(e) - 10;
          const fresh = isNew(e);
          return (
            <g key={e.key} className="mark" style={{ opacity: on ? 1 : 0 }}>
              {e.key !== 'europe' && (
                <Dot cx={AX} cy={dotY(e)} r={fresh ? 6.5 : 5} className={fresh ? '' : 'c-ink'}
                  style={{ fill: fresh ? 'var(--accent)' : undefined, stroke: 'var(--bg)', strokeWidth: 2 }} />
              )}
              {e.key === 'ad' && (
                <circle cx={AX} cy={dotY(e)} r={11} className="c-reported" style={{ fill: 'none', strokeDasharray: '3 3' }} />
              )}
              <path d={`M${AX + 8},${dotY(e)} L${LX - 6},${top + 10}`} className="c-axis" style={{ fill: 'none' }} />
              <Label x={LX} y={top + 14} anchor="start" size={13} weight={600}>{e.title}</Label>
              {noteLines(e).map((l, i) => (
                <text key={i} x={LX} y={top + 14 + LINE * (i + 1)} fontSize={12} className={`mark-text ${l.muted ? 'c-muted' : 'c-ink'}`}
                  fontStyle={l.italic ? 'italic' : undefined}>
                  {l.text}
                </text>
              ))}
            </g>
          );
        })}
        {/* State 0: the money pledged, and the words that went with it. */}
        <g className="mark" style={{ opacity: s === 0 ? 1 : 0 }}>
          <Label x={LX} y={168} anchor="start" size={30} weight={700} className="c-ink">{f.initial.text}</Label>
          <Label x={LX} y={188} anchor="start" size={12} className="c-muted">to start: the first phase of the investment</Label>
          <Label x={LX} y={244} anchor="start" size={30} weight={700} className="c-ink">{f.planned.text}</Label>
          <Label x={LX} y={264} anchor="start" size={12} className="c-muted">{`planned over ${f.years.text}, to ${planEnd}`}</Label>
          <rect x={LX} y={300} width={3} height={42} style={{ fill: 'var(--accent)' }} />
          <text x={LX + 12} y={316} fontSize={13} fontStyle="italic" className="mark-text c-ink">“the final major entrepreneurial</text>
          <text x={LX + 12} y={333} fontSize={13} fontStyle="italic" className="mark-text c-ink">project of my life”</text>
          <Label x={LX + 12} y={356} anchor="start" size={11} className="c-muted">Lei Jun, as quoted by Evertiq</Label>
        </g>
        {/* State 1: what Xiaomi chose to build itself. */}
        <g className="mark" style={{ opacity: s === 1 ? 1 : 0 }}>
          <Label x={LX} y={IN_HOUSE_Y} anchor="start" size={13} weight={700}>Researched in-house, says one commentary</Label>
          {['what drives the car', 'its battery know-how', 'software that helps it drive'].map((t, i) => (
            <g key={t}>
              <rect x={LX} y={IN_HOUSE_Y + 12 + i * 20} width={8} height={8} style={{ fill: 'var(--accent)' }} />
              <Label x={LX + 16} y={IN_HOUSE_Y + 20 + i * 20} anchor="start" size={12}>{t}</Label>
            </g>
          ))}
          <Label x={LX} y={IN_HOUSE_Y + 92} anchor="start" size={12} className="c-muted" wrap={fitChars(W - LX - 4)}>
            {`Self-driving, first phase: ${f.ad.text}, ${f.team.text} staff; a test fleet of ${f.fleet.text} planned`}
          </Label>
        </g>
        <Label x={AX + 12} y={H - 4} anchor="start" size={11} className="c-muted">{`plan continues to ${planEnd}`}</Label>
      </g>

      {/* ============================== money view ============================== */}
      <g className="mark" style={{ opacity: timelineOn ? 0 : 1 }} aria-hidden={timelineOn}>
        <Label x={8} y={20} anchor="start" size={14} weight={700}>{moneyHeading}</Label>
        <Label x={8} y={38} anchor="start" size={12} className="c-muted" wrap={fitChars(W - 12)}>{moneySub}</Label>
        {/* Each view has its own scale: its ticks fade in as the last view's fade out. */}
        <Presence>
          {ticks.map((t, i) => (
            <Appear key={`${s}-${i}`}>
              <rect x={t.x - 0.5} y={M.row0 - 8} width={1} height={gridBottom - M.row0 + 8} style={{ fill: 'var(--rule)' }} />
              <Label x={t.x} y={gridBottom + 14} size={11} className="c-muted" anchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>{t.text}</Label>
            </Appear>
          ))}
        </Presence>
        {/* State 2: the whole of group revenue behind each bar. */}
        {[0, 1, 2, 3].map((i) => (
          <rect key={i} x={M.x0} y={rowY(i) + M.barY} width={W - 16 - M.x0} height={M.barH}
            className="mark" style={{ fill: 'var(--rule)', opacity: s === 2 ? 0.35 : 0 }} />
        ))}
        {rows.map((r) => {
          const on = r.rows[s] !== undefined;
          const fresh = on && (s === 0 || r.rows[s - 1] === undefined);
          const row = rowOf(r);
          const top = rowY(row);
          const full = Math.max(0, xs(r.value) - M.x0);
          const width = on ? full * (fresh ? g : 1) : 0;
          // A row that is off shrinks to the axis: on the zoomed scale its bar would run far past the chart.
          const end = M.x0 + (on ? full : 0);
          return (
            <g key={r.key}>
              <Label x={M.x0} y={top + 12} anchor="start" size={13} weight={600} opacity={on ? 1 : 0}>{r.name(s)}</Label>
              <Bar x={M.x0} y={top + M.barY} width={width} height={M.barH} className={r.className ?? ''}
                opacity={on ? 1 : 0} style={r.accent ? { fill: 'var(--accent)' } : undefined} />
              {r.open && (
                <Shape d={`M${end + 2},${top + M.barY} L${end + 12},${top + M.barY + M.barH / 2} L${end + 2},${top + M.barY + M.barH} Z`}
                  className="c-neutral" opacity={on ? 0.9 : 0} />
              )}
              {/* An open-ended bar runs near the right edge: its figure goes under the arrow's tip, not past it. */}
              <Label x={r.open ? end + 12 : end + 6} y={r.open ? top + M.barY + M.barH + 15 : top + M.barY + 16} anchor={r.open ? 'end' : 'start'}
                size={13} weight={r.accent ? 700 : 400} opacity={on ? 1 : 0}>
                {r.valueText(s)}
              </Label>
            </g>
          );
        })}
        {/* State 3: the quarter of the 2025 budget set aside for AI. */}
        {(() => {
          const top = rowY(2) + M.barY;
          const w = s === 3 ? Math.max(0, zoomScale(num(f.ai)) - M.x0) * g : 0;
          return (
            <g>
              <Bar x={M.x0} y={top} width={w} height={M.barH} className="c-ink" opacity={s === 3 ? 1 : 0} />
              <Label x={M.x0} y={top + M.barH + 15} anchor="start" size={12} opacity={s === 3 ? 1 : 0} wrap={fitChars(W - M.x0 - 4)}>{`dark part: ${f.ai.text} for AI, a quarter of the budget`}</Label>
            </g>
          );
        })()}
        {/* Footnotes that change with the view. */}
        {/* Wrapped to the width of a 320 px phone, where the labels are drawn largest. */}
        <Label x={8} y={gridBottom + 44} anchor="start" size={12} className="c-muted" opacity={s === 2 ? 1 : 0} wrap={fitChars(W - 12)}>
          {`The car segment also holds other new ventures; cars alone: ${f.evOnly.text}.`}
        </Label>
        <Label x={8} y={gridBottom + 44} anchor="start" size={12} className="c-muted" opacity={s === 4 ? 1 : 0} wrap={fitChars(W - 12)}>
          {`The ${f.cumulative.period} figure covers cars and other new businesses. At ${f.rate.text} to the dollar (Reuters, ${f.rate.period}), that is ${f.share.text} of the ${f.planned.text} pledge.`}
        </Label>
      </g>
    </ChartFrame>
  );
}
