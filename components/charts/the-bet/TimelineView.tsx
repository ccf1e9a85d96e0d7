'use client';
/**
 * The bet's timeline view: a vertical time axis from the announcement to Europe's target year,
 * the events a step has reached, and a side panel (the pledge, the in-house research).
 */
import { scaleTime } from 'd3-scale';
import { fill } from '@/lib/charts/copy';
import { pointDate, pointTime } from '@/lib/charts/time';
import type { BetCopy, BetEvent, BetTimelineState } from '@/content/charts/the-bet';
import type { ChartLocale, ChartPoint } from '../types';
import { Dot, Label } from '../marks';
import { fitChars, wrapLines } from '../wrap';
import { H, W } from '../types';
import { printer, type BetFigures } from './figures';
import { stackBlocks } from './layout';

const AX = 62; // the time axis
const LX = AX + 26; // where event labels start
// The in-house list, below the three events even when their notes wrap onto two lines (320 px phones).
const IN_HOUSE_Y = 242;
const T = { y0: 60, y1: 392 };
const LINE = 15;
const EVENTS: readonly BetEvent[] = ['announced', 'deepmotion', 'ad', 'su7', 'europe'];

const jan1 = (year: number) => new Date(Date.UTC(year, 0, 1));

export function TimelineView({ f, copy, locale, state, shown }: { f: BetFigures; copy: BetCopy['timeline']; locale: ChartLocale; state: BetTimelineState; shown: boolean }) {
  const { say } = printer(locale);
  const { firstYear, lastYear, planEnd } = f;
  const y = scaleTime([jan1(firstYear), jan1(lastYear)], [T.y0, T.y1]);
  const start = pointTime(f.announced);
  const europe = pointTime(f.europe);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const blanks = { deepmotion: say(f.deepmotion), ad: say(f.ad), first: firstYear, reaffirmed: say(f.reaffirmed) };
  const at: Record<BetEvent, ChartPoint> = { announced: f.announced, deepmotion: f.deepmotion, ad: f.adDate, su7: f.su7, europe: f.europe };

  // Europe has a year but no month: its mark is a band over the whole year.
  const dotY = (e: BetEvent) => (e === 'europe' ? (y(europe) + y(jan1(lastYear))) / 2 : y(pointTime(at[e])));
  // An event's notes, broken into lines that fit beside the axis on a 320 px phone.
  const noteLines = (e: BetEvent) =>
    copy.events[e].notes.flatMap((l) => wrapLines(fill(l.text, blanks), fitChars(W - LX - 4)).map((text) => ({ text, italic: l.italic })));
  const blockH = (e: BetEvent) => LINE * (1 + noteLines(e).length) + 4;
  const visible = EVENTS.filter((e) => state.events[e] !== undefined);
  const tops = stackBlocks(visible.map((e) => ({ key: e, top: dotY(e) - 10, height: blockH(e) })), { gap: 4, bottom: H - 6 });

  return (
    <g className="mark" style={{ opacity: shown ? 1 : 0 }} aria-hidden={!shown}>
      <Label x={8} y={20} anchor="start" size={14} weight={700}>{copy.headings[state.scene]}</Label>
      <Label x={8} y={38} anchor="start" size={12} className="c-muted">{fill(copy.subheading, { first: firstYear, last: lastYear - 1, years: say(f.years), end: planEnd })}</Label>
      {years.map((yr) => (
        <g key={yr}>
          <line x1={AX - 4} x2={AX + 4} y1={y(jan1(yr))} y2={y(jan1(yr))} className="c-axis" />
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
      <rect x={AX - 6} y={y(europe)} width={12} height={y(jan1(lastYear)) - y(europe)} rx={3}
        className="mark" style={{ fill: 'var(--accent)', opacity: state.europeBand ? 0.9 : 0 }} />
      {EVENTS.map((e) => {
        const on = state.events[e] !== undefined;
        const top = tops.get(e) ?? dotY(e) - 10;
        const fresh = state.events[e] === 'new';
        return (
          <g key={e} className="mark" style={{ opacity: on ? 1 : 0 }}>
            {e !== 'europe' && (
              <Dot cx={AX} cy={dotY(e)} r={fresh ? 6.5 : 5} className={fresh ? '' : 'c-ink'}
                style={{ fill: fresh ? 'var(--accent)' : undefined, stroke: 'var(--bg)', strokeWidth: 2 }} />
            )}
            {e === 'ad' && (
              <circle cx={AX} cy={dotY(e)} r={11} className="c-reported" style={{ fill: 'none', strokeDasharray: '3 3' }} />
            )}
            <path d={`M${AX + 8},${dotY(e)} L${LX - 6},${top + 10}`} className="c-axis" style={{ fill: 'none' }} />
            <Label x={LX} y={top + 14} anchor="start" size={13} weight={600}>{fill(copy.events[e].title, { date: pointDate(at[e], locale) })}</Label>
            {noteLines(e).map((l, i) => (
              <text key={i} x={LX} y={top + 14 + LINE * (i + 1)} fontSize={12} className="mark-text c-muted" fontStyle={l.italic ? 'italic' : undefined}>
                {l.text}
              </text>
            ))}
          </g>
        );
      })}
      {/* The money pledged, and the words that went with it. */}
      <g className="mark" style={{ opacity: state.panel === 'pledge' ? 1 : 0 }}>
        <Label x={LX} y={168} anchor="start" size={30} weight={700} className="c-ink">{say(f.initial)}</Label>
        <Label x={LX} y={188} anchor="start" size={12} className="c-muted">{copy.pledge.initialNote}</Label>
        <Label x={LX} y={244} anchor="start" size={30} weight={700} className="c-ink">{say(f.planned)}</Label>
        <Label x={LX} y={264} anchor="start" size={12} className="c-muted">{fill(copy.pledge.plannedNote, { years: say(f.years), end: planEnd })}</Label>
        <rect x={LX} y={300} width={3} height={42} style={{ fill: 'var(--accent)' }} />
        {copy.pledge.quote.map((line, i) => (
          <text key={i} x={LX + 12} y={316 + 17 * i} fontSize={13} fontStyle="italic" className="mark-text c-ink">{line}</text>
        ))}
        <Label x={LX + 12} y={356} anchor="start" size={11} className="c-muted">{copy.pledge.quoteBy}</Label>
      </g>
      {/* What Xiaomi chose to build itself. */}
      <g className="mark" style={{ opacity: state.panel === 'in-house' ? 1 : 0 }}>
        <Label x={LX} y={IN_HOUSE_Y} anchor="start" size={13} weight={700}>{copy.inHouse.heading}</Label>
        {copy.inHouse.items.map((t, i) => (
          <g key={t}>
            <rect x={LX} y={IN_HOUSE_Y + 12 + i * 20} width={8} height={8} style={{ fill: 'var(--accent)' }} />
            <Label x={LX + 16} y={IN_HOUSE_Y + 20 + i * 20} anchor="start" size={12}>{t}</Label>
          </g>
        ))}
        <Label x={LX} y={IN_HOUSE_Y + 92} anchor="start" size={12} className="c-muted" wrap={fitChars(W - LX - 4)}>
          {fill(copy.inHouse.selfDriving, { ad: say(f.ad), team: say(f.team), fleet: say(f.fleet) })}
        </Label>
      </g>
      <Label x={AX + 12} y={H - 4} anchor="start" size={11} className="c-muted">{fill(copy.planContinues, { end: planEnd })}</Label>
    </g>
  );
}
