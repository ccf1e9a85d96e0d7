'use client';
/**
 * The road to Europe, and the market waiting at its end.
 * Top: a time line from the July 2024 statement to the 2027 target, with the earlier 2030 target
 * beyond a break; the steps walk along it and the travelled stretch fills in.
 * Bottom: a card naming the current step's events, or Germany's car market as Lu Weibing
 * described it (MarketView). What each step shows is declared in content/charts/europe-2027.ts
 * (states); its words come in as `copy`.
 */
import { stateAt } from '@/lib/charts/states';
import { fill } from '@/lib/charts/copy';
import { formatDate } from '@/lib/registry/format';
import { europeStates as STATES, type EuropeCopy } from '@/content/charts/europe-2027';
import { ChartFrame } from '../ChartFrame';
import { Appear, Axis, Bar, Dot, Label, Presence, Shape, grow, insideX } from '../marks';
import { fitChars, wrapLines } from '../wrap';
import { W, type ChartProps } from '../types';
import { cardValues, describe, figures, reachedBy, roadLayout, ROAD, say, type EuropeData } from './figures';
import { MarketView } from './MarketView';

export type { EuropeData } from './figures';
export { describe } from './figures';

const CARD = { x: 8, y: 178, w: W - 16, h: 226 };
const { y: ROAD_Y, x0: X0, breakX: BREAK_X, xFar: X_FAR, pole: POLE } = ROAD;

/** A left-pointing pennant on a pole whose foot stands on the road at x. */
function pennant(x: number, top: number): string {
  return `M${x},${top} L${x - 30},${top + 9} L${x},${top + 18} Z`;
}

export default function EuropeChart({ data, step, progress, copy, locale }: ChartProps<EuropeData, EuropeCopy>) {
  const { state, previous, index, ids } = stateAt('europe-2027', STATES, step);
  const f = figures(data);
  const { years, dots, targetX } = roadLayout(f);

  // How far along the road the story has walked: the latest event reached, grown with progress
  // from where the step before left it.
  const cursorAfter = (steps: readonly string[]) => {
    const reached = reachedBy(steps);
    return dots.filter((d) => reached.has(d.id)).at(-1)!.cx;
  };
  const walked = ids.slice(0, index + 1);
  const reached = reachedBy(walked);
  const from = cursorAfter(previous ? ids.slice(0, index) : walked);
  const cursor = from + (cursorAfter(walked) - from) * grow(progress);
  const roadStart = dots[0].cx;
  /** Where the stretch still to go begins: the last event on the road. */
  const lastEventX = dots[dots.length - 1].cx;

  const moved = state.target === 'moved';
  const flagX = moved ? targetX : X_FAR;
  const top = ROAD_Y - POLE;
  const now = new Set(state.events);
  const current = dots.filter((d) => now.has(d.id));
  const mwc = dots.find((d) => d.id === 'overseas-2027-mwc')!.p;
  // The flags' years sit centred over their poles; the earlier target's, on the stub by the right
  // edge, is moved in where it would pass it (in Chinese, 2030年, on a 320 px phone).
  const earlier = say(f.earlier, locale);
  const flagYear = moved ? say(f.target, locale) : earlier;

  // The card: the current step's events, with a pointer up to where they sit on the road.
  const pointerX = current.length ? current.reduce((a, d) => a + d.cx, 0) / current.length : cursor;
  const values = cardValues(f, locale);
  const blocks = current.map((d) => ({ date: say(d.p, locale), lines: wrapLines(fill(copy.events[d.id], values), fitChars(CARD.w - 32)) }));

  return (
    <ChartFrame title={copy.drawingTitle} description={describe(data, step, copy, locale)}>
      <Label x={8} y={22} anchor="start" size={13} weight={600}>{copy.heading}</Label>

      {/* The road: the linear part, a break, and the stub where the earlier target sits. */}
      <rect x={X0} y={ROAD_Y - 4} width={BREAK_X - X0} height={8} rx={4} style={{ fill: 'var(--rule)' }} />
      <rect x={BREAK_X + 16} y={ROAD_Y - 4} width={W - 8 - BREAK_X - 16} height={8} rx={4} style={{ fill: 'var(--rule)' }} />
      <path d={`M${BREAK_X + 2},${ROAD_Y + 9} L${BREAK_X + 8},${ROAD_Y - 9} M${BREAK_X + 8},${ROAD_Y + 9} L${BREAK_X + 14},${ROAD_Y - 9}`}
        style={{ stroke: 'var(--ink-muted)', strokeWidth: 1.5, fill: 'none' }} />
      <Bar x={roadStart} y={ROAD_Y - 4} width={Math.max(0, cursor - roadStart)} height={8} rx={4} style={{ fill: 'var(--accent)' }} />
      {/* Year ticks under the road, each year read from its tick onwards. */}
      <Axis orient="bottom" ticks={years.map(({ year, x }) => ({ at: x, value: year }))} format={(year) => formatDate(String(year), locale)}
        labelAt={ROAD_Y + 24} after={3} tick={{ from: ROAD_Y + 5, to: ROAD_Y + 11 }} />

      {/* The earlier target: the flag while it stands, a crossed-out ghost once the target moves. */}
      <g className="mark" style={{ opacity: moved ? 1 : 0 }}>
        <rect x={X_FAR - 1} y={top} width={2} height={POLE} style={{ fill: 'var(--rule)' }} />
        <path d={pennant(X_FAR, top)} style={{ fill: 'none', stroke: 'var(--ink-muted)', strokeDasharray: '3 2' }} />
        <Label x={insideX(X_FAR, earlier, { size: 12 })} y={top - 8} size={12} className="c-muted">
          <tspan style={{ textDecoration: 'line-through' }}>{earlier}</tspan>
        </Label>
      </g>
      {/* The arrow that moves the target, drawn when it moves. */}
      <Shape d={`M${X_FAR - 8},${top - 20} Q${(X_FAR + targetX) / 2},${top - 44} ${targetX + 10},${top - 20}`}
        className="c-line" opacity={state.targetArrow ? 1 : 0} />
      <path d={`M${targetX + 10},${top - 20} l7,-2 l-3,7 Z`} className="mark" style={{ fill: 'var(--accent)', opacity: state.targetArrow ? 1 : 0 }} />

      {/* The target flag: at the year first reported, then at the year named from March 2025. */}
      <Bar x={flagX - 1} y={top} width={2} height={POLE} style={{ fill: 'var(--ink)' }} />
      <Shape d={pennant(flagX, top)} className="c-ink" />
      <Label x={insideX(flagX, flagYear, { size: 13 })} y={top - 8} size={13} weight={700}>{flagYear}</Label>
      <Label x={flagX - 36} y={top + 13} anchor="end" size={11} className="c-muted" opacity={state.testDrive ? 0 : 1}>
        {moved ? fill(copy.targetSince, { date: say(mwc, locale) }) : copy.targetAsReported}
      </Label>

      {/* The stretch still to go, from the last event to the target year. */}
      <g className="mark" style={{ opacity: state.stillToGo ? 1 : 0 }}>
        <line x1={lastEventX} x2={targetX - 4} y1={ROAD_Y - 26} y2={ROAD_Y - 26} style={{ stroke: 'var(--accent)', strokeWidth: 1.5, strokeDasharray: '4 3' }} />
        <line x1={lastEventX} x2={lastEventX} y1={ROAD_Y - 31} y2={ROAD_Y - 21} style={{ stroke: 'var(--accent)', strokeWidth: 1.5 }} />
        <Label x={(lastEventX + targetX) / 2} y={ROAD_Y - 32} size={11} className="c-ink">{copy.stillToGo}</Label>
      </g>

      {/* Lu Weibing's own drive, at the start of the road. */}
      <g className="mark" style={{ opacity: state.testDrive ? 1 : 0 }}>
        <Label x={X0} y={ROAD_Y - 44} anchor="start" size={11.5} weight={600}>{fill(copy.drive[0], { period: f.km.periodText })}</Label>
        <Label x={X0} y={ROAD_Y - 30} anchor="start" size={11.5}>{fill(copy.drive[1], { km: say(f.km, locale) })}</Label>
      </g>

      {/* The events reached so far; the current step's are larger and in the accent colour. */}
      {dots.map((d) => (
        <Dot key={d.id} cx={d.cx} cy={d.cy} r={now.has(d.id) ? 6 : 4.5} opacity={reached.has(d.id) ? 1 : 0}
          style={{ fill: now.has(d.id) ? 'var(--accent)' : 'var(--ink-muted)', stroke: 'var(--bg)', strokeWidth: 1.5 }} />
      ))}

      {/* The card: what happened at this step, until the market takes its place. */}
      <g className="mark" style={{ opacity: state.market ? 0 : 1 }}>
        <rect x={CARD.x} y={CARD.y} width={CARD.w} height={CARD.h} rx={6}
          style={{ fill: 'var(--bg-raised)', stroke: 'var(--rule)' }} />
        <path d={`M${pointerX - 8},${CARD.y + 0.5} L${pointerX},${CARD.y - 9} L${pointerX + 8},${CARD.y + 0.5}`}
          style={{ fill: 'var(--bg-raised)', stroke: 'var(--rule)' }} />
        {/* The step's lines cross-fade with the last step's (keyed by step: they enter and leave). */}
        <Presence>{(() => {
          let y = CARD.y + 30;
          return blocks.map((b, i) => {
            const out = (
              <Appear key={`${step}-${i}`}>
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

      <MarketView f={f} state={state} box={CARD} copy={copy.market} locale={locale} />
    </ChartFrame>
  );
}
