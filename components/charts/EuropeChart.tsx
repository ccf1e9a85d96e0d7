'use client';
/**
 * The road to Europe, and the market waiting at its end.
 * Top: a time line from the July 2024 statement to the 2027 target, with the earlier 2030 target
 * beyond a break; the steps walk along it and the travelled stretch fills in.
 * Bottom: a card naming the current step's events, or (last two steps) Germany's car market as
 * Lu Weibing described it, drawn as a hundred squares, with the single-source caveat.
 * Step states: 0 July 2024, Europe by 2030; 1 the target moves to 2027 (March 2025);
 * 2 home demand first and the German-plated test car (July 2025); 3 Europe first and Munich
 * (August and September 2025); 4 reaffirmed at the Q3 results, the stretch still to go;
 * 5 German brands' share of Germany; 6 Toyota's share, and Lu Weibing's own test drive.
 */
import { scaleUtc } from 'd3-scale';
import type { CSSProperties } from 'react';
import { ChartFrame } from './ChartFrame';
import { Appear, Bar, Dot, Label, Presence, Rule, Shape, grow } from './marks';
import { fitChars, wrapLines } from './wrap';
import { W, type ChartProps, type ChartData, type FactList } from './types';
import { stateAt } from '@/lib/charts/states';
import { europe2027 } from '@/content/charts/europe-2027';

export interface EuropeData extends ChartData {
  road: FactList;
  targets: FactList;
  germany: FactList;
  'test drive': FactList;
}

type Point = FactList['points'][number];

const LAST = 6;
/** The step at which each road event is reached. */
const STEP_OF: Record<string, number> = {
  'europe-earlier-target-reported': 0,
  'overseas-2027-mwc': 1,
  'overseas-2027-results-call': 1,
  'overseas-2027-lei-jun': 2,
  'europe-test-car-registered': 2,
  'europe-2027-q2-call': 3,
  'munich-rd-centre': 3,
  'europe-2027-q3-results': 4,
};

// Geometry.
const ROAD_Y = 132;
const X0 = 28;
const BREAK_X = 366;
const X_FAR = 414; // where the earlier, far target sits, beyond the break
const POLE = 60;
const CARD = { x: 8, y: 178, w: W - 16, h: 226 };

/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → a UTC date; month-only dates sit mid-month. */
function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m ? m - 1 : 0, d ?? (m ? 15 : 1)));
}
const monthKey = (iso: string) => iso.slice(0, 7);

function byId(list: FactList, id: string): Point {
  const p = list.points.find((q) => q.factId === id);
  if (!p) throw new Error(`EuropeChart: no "${id}" in ${list.id}`);
  return p;
}

function parts(data: EuropeData) {
  const earlier = data.targets.points[0];
  const target = data.targets.points[1];
  const [german, toyota] = data.germany.points;
  const [km] = data['test drive'].points;
  return { earlier, target, german, toyota, km };
}

/** What the card says about each event, in the chart's own words; every figure comes from the data. */
function caption(p: Point, data: EuropeData): string {
  const { earlier, target } = parts(data);
  switch (p.factId) {
    case 'europe-earlier-target-reported':
      return `Reported: Xiaomi aims to enter Europe's car market by ${earlier.text}, and has "no immediate plans" to sell cars abroad.`;
    case 'overseas-2027-mwc':
      return `At MWC in Barcelona: Xiaomi cars will appear outside China in ${target.text}, and Europe may be the first region.`;
    case 'overseas-2027-results-call':
      return `Results call: president Lu Weibing says the cars will start shipping overseas in ${target.text}.`;
    case 'overseas-2027-lei-jun':
      return `Lei Jun: sales outside China only from ${target.text}. Buyers at home, waiting for their cars, come first.`;
    case 'europe-test-car-registered':
      return 'The first Xiaomi test car registered in Europe: an SU7 Ultra on German plates.';
    case 'europe-2027-q2-call':
      return `Second-quarter results: Europe will be the first market abroad, by ${target.text}.`;
    case 'munich-rd-centre':
      return 'An R&D and design centre opens in Munich, the first outside China.';
    case 'europe-2027-q3-results':
      return `Third-quarter results: the plan to sell in Europe from ${target.text} stands.`;
    default:
      return p.label;
  }
}


export function describe(data: EuropeData, step: number): string {
  const s = Math.min(step, LAST);
  const { earlier, target, german, toyota, km } = parts(data);
  const at = (id: string) => byId(data.road, id).text;
  switch (s) {
    case 0:
      return `In ${at('europe-earlier-target-reported')} Xiaomi was reported to aim for Europe by ${earlier.text}, while saying it had no immediate plans to sell cars overseas.`;
    case 1:
      return `In ${at('overseas-2027-mwc')} the target moves from ${earlier.text} to ${target.text}: named at MWC, then on the results call of ${at('overseas-2027-results-call')}.`;
    case 2:
      return `On ${at('overseas-2027-lei-jun')} Lei Jun puts buyers at home first and overseas sales from ${target.text}; on ${at('europe-test-car-registered')} the first Europe-registered test car, an SU7 Ultra on German plates, appears.`;
    case 3:
      return `In ${at('europe-2027-q2-call')} Europe is named the first market, by ${target.text}; in ${at('munich-rd-centre')} an R&D and design centre opens in Munich, the first outside China.`;
    case 4:
      return `On ${at('europe-2027-q3-results')} the third-quarter results reaffirm Europe in ${target.text}; the stretch from there to ${target.text} is still to go.`;
    case 5:
      return `Germany's car market as Lu Weibing described it: German brands hold ${german.text} of it. One source, not checked further.`;
    default:
      return `Toyota holds ${toyota.text} of Germany's market, as Lu Weibing put it (one source, not checked further); he drove ${km.text} km on German highways himself.`;
  }
}

/** A left-pointing pennant on a pole whose foot stands on the road at x. */
function pennant(x: number, top: number): string {
  return `M${x},${top} L${x - 30},${top + 9} L${x},${top + 18} Z`;
}

export default function EuropeChart({ data, step: stepId, progress }: ChartProps<EuropeData>) {
  // Not converted yet: draws by the step's place in content/charts/europe-2027.ts.
  const step = stateAt('europe-2027', europe2027.states, stepId).index;
  const s = Math.min(step, LAST);
  const { earlier, target, german, toyota, km } = parts(data);
  const events = data.road.points.map((p) => ({ ...p, iso: String(p.value), reachedAt: STEP_OF[p.factId] ?? 0 }));

  // Time scale: from a month before the first statement to half a year past the target year.
  const start = toDate(events[0].iso);
  start.setUTCMonth(start.getUTCMonth() - 1);
  const targetDate = toDate(String(target.value));
  const end = new Date(Date.UTC(targetDate.getUTCFullYear(), 6, 1));
  const x = scaleUtc([start, end], [X0, BREAK_X - 10]);
  const years: number[] = [];
  for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y++) years.push(y);

  // Events sharing a month stack upwards from the road.
  const seen = new Map<string, number>();
  const dots = events.map((e) => {
    const k = monthKey(e.iso);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return { ...e, cx: x(toDate(`${k}-15`)), cy: ROAD_Y - n * 11 };
  });

  // How far along the road the story has walked: the latest event reached, grown with progress.
  const cursorAt = (st: number) => {
    const reached = dots.filter((d) => d.reachedAt <= st);
    return reached[reached.length - 1].cx;
  };
  const roadStart = dots[0].cx;
  const g = grow(progress);
  const from = s === 0 ? cursorAt(0) : cursorAt(Math.min(s - 1, 4));
  const cursor = from + (cursorAt(Math.min(s, 4)) - from) * g;

  const moved = s >= 1;
  const flagX = moved ? x(targetDate) : X_FAR;
  const top = ROAD_Y - POLE;
  const market = s >= 5;
  const current = dots.filter((d) => d.reachedAt === s);

  // The card: the current step's events, with a pointer up to where they sit on the road.
  const pointerX = current.length ? current.reduce((a, d) => a + d.cx, 0) / current.length : cursor;
  const blocks: { date: string; lines: string[] }[] = current.map((d) => ({ date: d.text, lines: wrapLines(caption(d, data), fitChars(CARD.w - 32)) }));

  // The market: a hundred squares, one per percentage point.
  const CELL = 12;
  const STEP = 14;
  const WX = 20;
  const WY = 212;
  const germanCells = Math.round(Number(german.value));
  const toyotaCells = Math.round(Number(toyota.value));
  const cellFill = (i: number) => {
    if (i < germanCells) return s === 6 ? 'var(--neutral)' : 'var(--accent)';
    if (i >= 100 - toyotaCells) return s === 6 ? 'var(--accent)' : 'var(--neutral)';
    return 'none';
  };
  const LX = WX + 10 * STEP + 14;
  const swatch = (y: number, fill: string) => (
    <rect x={LX} y={y - 11} width={CELL} height={CELL} className="mark"
      style={{ fill, stroke: fill === 'none' ? 'var(--ink-muted)' : 'none' } as CSSProperties} />
  );

  return (
    <ChartFrame title="Xiaomi's road to Europe, 2024 to 2027, and Germany's car market" description={describe(data, step)}>
      <Label x={8} y={22} anchor="start" size={13} weight={600}>{"Xiaomi's road to Europe"}</Label>

      {/* The road: the linear part, a break, and the stub where the earlier target sits. */}
      <rect x={X0} y={ROAD_Y - 4} width={BREAK_X - X0} height={8} rx={4} style={{ fill: 'var(--rule)' }} />
      <rect x={BREAK_X + 16} y={ROAD_Y - 4} width={W - 8 - BREAK_X - 16} height={8} rx={4} style={{ fill: 'var(--rule)' }} />
      <path d={`M${BREAK_X + 2},${ROAD_Y + 9} L${BREAK_X + 8},${ROAD_Y - 9} M${BREAK_X + 8},${ROAD_Y + 9} L${BREAK_X + 14},${ROAD_Y - 9}`}
        style={{ stroke: 'var(--ink-muted)', strokeWidth: 1.5, fill: 'none' }} />
      <Bar x={roadStart} y={ROAD_Y - 4} width={Math.max(0, cursor - roadStart)} height={8} rx={4} style={{ fill: 'var(--accent)' }} />
      {years.map((y) => {
        const tx = x(new Date(Date.UTC(y, 0, 1)));
        return (
          <g key={y}>
            <line x1={tx} x2={tx} y1={ROAD_Y + 5} y2={ROAD_Y + 11} className="c-axis" />
            <Label x={tx + 3} y={ROAD_Y + 24} anchor="start" size={11} className="c-muted">{String(y)}</Label>
          </g>
        );
      })}

      {/* The earlier target, 2030: the flag in state 0, a crossed-out ghost afterwards. */}
      <g className="mark" style={{ opacity: moved ? 1 : 0 }}>
        <rect x={X_FAR - 1} y={top} width={2} height={POLE} style={{ fill: 'var(--rule)' }} />
        <path d={pennant(X_FAR, top)} style={{ fill: 'none', stroke: 'var(--ink-muted)', strokeDasharray: '3 2' }} />
        <Label x={X_FAR} y={top - 8} size={12} className="c-muted">
          <tspan style={{ textDecoration: 'line-through' }}>{earlier.text}</tspan>
        </Label>
      </g>
      {/* The arrow that moves the target, drawn when it moves. */}
      <Shape d={`M${X_FAR - 8},${top - 20} Q${(X_FAR + x(targetDate)) / 2},${top - 44} ${x(targetDate) + 10},${top - 20}`}
        className="c-line" opacity={s === 1 ? 1 : 0} />
      <path d={`M${x(targetDate) + 10},${top - 20} l7,-2 l-3,7 Z`} className="mark" style={{ fill: 'var(--accent)', opacity: s === 1 ? 1 : 0 }} />

      {/* The target flag: at 2030 in state 0, at 2027 from state 1. */}
      <Bar x={flagX - 1} y={top} width={2} height={POLE} style={{ fill: 'var(--ink)' }} />
      <Shape d={pennant(flagX, top)} className="c-ink" />
      <Label x={flagX} y={top - 8} size={13} weight={700}>{moved ? target.text : earlier.text}</Label>
      <Label x={flagX - 36} y={top + 13} anchor="end" size={11} className="c-muted" opacity={s === 6 ? 0 : 1}>
        {moved ? `target since ${byId(data.road, 'overseas-2027-mwc').text}` : 'target, as reported'}
      </Label>

      {/* State 4: the stretch still to go. */}
      {(() => {
        const a = cursorAt(4);
        const b = x(targetDate);
        const on = s === 4 ? 1 : 0;
        return (
          <g className="mark" style={{ opacity: on }}>
            <line x1={a} x2={b - 4} y1={ROAD_Y - 26} y2={ROAD_Y - 26} style={{ stroke: 'var(--accent)', strokeWidth: 1.5, strokeDasharray: '4 3' }} />
            <line x1={a} x2={a} y1={ROAD_Y - 31} y2={ROAD_Y - 21} style={{ stroke: 'var(--accent)', strokeWidth: 1.5 }} />
            <Label x={(a + b) / 2} y={ROAD_Y - 32} size={11} className="c-ink">still to go</Label>
          </g>
        );
      })()}

      {/* State 6: Lu Weibing's own drive, at the end of the travelled road. */}
      <g className="mark" style={{ opacity: s === 6 ? 1 : 0 }}>
        <Label x={X0} y={ROAD_Y - 44} anchor="start" size={11.5} weight={600}>{`Lu Weibing, ${km.period}:`}</Label>
        <Label x={X0} y={ROAD_Y - 30} anchor="start" size={11.5}>{`${km.text} km on German highways`}</Label>
      </g>

      {/* The events reached so far; the current step's are larger and in the accent colour. */}
      {dots.map((d) => {
        const on = d.reachedAt <= Math.min(s, 4);
        const now = d.reachedAt === s;
        return (
          <Dot key={d.factId} cx={d.cx} cy={d.cy} r={now ? 6 : 4.5} opacity={on ? 1 : 0}
            style={{ fill: now ? 'var(--accent)' : 'var(--ink-muted)', stroke: 'var(--bg)', strokeWidth: 1.5 }} />
        );
      })}

      {/* The card: what happened at this step (states 0 to 4). */}
      <g className="mark" style={{ opacity: market ? 0 : 1 }}>
        <rect x={CARD.x} y={CARD.y} width={CARD.w} height={CARD.h} rx={6}
          style={{ fill: 'var(--bg-raised)', stroke: 'var(--rule)' }} />
        <path d={`M${pointerX - 8},${CARD.y + 0.5} L${pointerX},${CARD.y - 9} L${pointerX + 8},${CARD.y + 0.5}`}
          style={{ fill: 'var(--bg-raised)', stroke: 'var(--rule)' }} />
        {/* The step's lines cross-fade with the last step's (keyed by step: they enter and leave). */}
        <Presence>{(() => {
          let y = CARD.y + 30;
          return blocks.map((b, i) => {
            const out = (
              <Appear key={`${s}-${i}`}>
                <Label x={CARD.x + 16} y={y} anchor="start" size={13} weight={700} className="c-ink">{b.date}</Label>
                {b.lines.map((l, j) => (
                  <Label key={j} x={CARD.x + 16} y={y + 20 + j * 17} anchor="start" size={13}>{l}</Label>
                ))}
              </Appear>
            );
            y += 20 + b.lines.length * 17 + 18;
            return out;
          });
        })()}</Presence>
      </g>

      {/* The market (states 5 and 6): a hundred squares, as Lu Weibing described it. */}
      <g className="mark" style={{ opacity: market ? 1 : 0 }}>
        <rect x={CARD.x} y={CARD.y} width={CARD.w} height={CARD.h} rx={6}
          style={{ fill: 'none', stroke: 'var(--ink-muted)', strokeDasharray: '5 4' }} />
        <Label x={WX} y={WY - 12} anchor="start" size={13} weight={600}>{"Germany's car market, as Lu Weibing put it"}</Label>
        {Array.from({ length: 100 }, (_, i) => {
          const fill = cellFill(i);
          return (
            <rect key={i} x={WX + (i % 10) * STEP} y={WY + Math.floor(i / 10) * STEP} width={CELL} height={CELL} className="mark"
              style={{ fill, stroke: fill === 'none' ? 'var(--rule)' : 'none' } as CSSProperties} />
          );
        })}
        {/* Where "more than half" begins: the German block reaches at least this line. */}
        <Rule x1={WX - 6} x2={WX + 10 * STEP + 2} y={WY + Math.ceil(germanCells / 10) * STEP - 1} className="c-zero" />

        {swatch(WY + 12, s === 6 ? 'var(--neutral)' : 'var(--accent)')}
        <Label x={LX + 20} y={WY + 12} anchor="start" size={13} weight={s === 5 ? 700 : 400}>German brands</Label>
        <Label x={LX + 20} y={WY + 30} anchor="start" size={13} weight={s === 5 ? 700 : 400}>{german.text}</Label>

        {swatch(WY + 62, s === 6 ? 'var(--accent)' : 'var(--neutral)')}
        <Label x={LX + 20} y={WY + 62} anchor="start" size={13} weight={s === 6 ? 700 : 400}>Toyota</Label>
        <Label x={LX + 20} y={WY + 80} anchor="start" size={13} weight={s === 6 ? 700 : 400}>{toyota.text}</Label>
        <Label x={LX + 20} y={WY + 97} anchor="start" size={11} className="c-muted" opacity={s === 6 ? 1 : 0}>even a strong foreign brand</Label>

        {swatch(WY + 122, 'none')}
        <Label x={LX + 20} y={WY + 122} anchor="start" size={13}>All other brands</Label>
        <Label x={LX + 20} y={WY + 139} anchor="start" size={11} className="c-muted">not broken down</Label>

        <Label x={WX} y={CARD.y + CARD.h - 26} anchor="start" size={11.5} className="c-muted">
          One source: Lu Weibing, in a magazine interview.
        </Label>
        <Label x={WX} y={CARD.y + CARD.h - 11} anchor="start" size={11.5} className="c-muted">
          Not checked against registration data.
        </Label>
      </g>
    </ChartFrame>
  );
}
