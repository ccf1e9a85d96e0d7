'use client';
/**
 * The bet's money view: bars in RMB, either as shares of group revenue (the revenue mix) or on one
 * money scale (research spending, money put into cars). A bar a step adds grows as the reader
 * scrolls in; a bar a step hides shrinks to the axis and waits in its row of the nearest step
 * that shows it, so it grows in place when it comes back.
 */
import { scaleLinear } from 'd3-scale';
import { fill } from '@/lib/charts/copy';
import { numberOf } from '@/lib/charts/lookup';
import { pointDate } from '@/lib/charts/time';
import { formatCompact, formatValue } from '@/lib/registry/format';
import type { BetCopy, BetMoneyState, BetRow, BetState } from '@/content/charts/the-bet';
import { Axis, Bar, Label, Shape, grow } from '../marks';
import { fitChars } from '../wrap';
import { W, type ChartLocale } from '../types';
import { printer, type BetFigures } from './figures';

const M = { x0: 16, x1: 300, row0: 62, rowH: 64, barY: 19, barH: 22 };
const rowY = (i: number) => M.row0 + i * M.rowH;

interface RowSpec { key: BetRow; value: number; blanks: Record<string, string>; className?: string; accent?: boolean; open?: boolean }

function rowSpecs(f: BetFigures, locale: ChartLocale): RowSpec[] {
  const { say, when } = printer(locale);
  const mix = (value: typeof f.phones, share: typeof f.phonesShare) => ({ value: say(value), share: say(share), period: when(value) });
  return [
    { key: 'phones', value: numberOf(f.phones), blanks: mix(f.phones, f.phonesShare), className: 'c-neutral' },
    { key: 'iot', value: numberOf(f.iot), blanks: mix(f.iot, f.iotShare), className: 'c-neutral' },
    { key: 'internet', value: numberOf(f.internet), blanks: mix(f.internet, f.internetShare), className: 'c-neutral' },
    { key: 'ev', value: numberOf(f.ev), blanks: mix(f.ev, f.evShare), accent: true },
    { key: 'rd24', value: numberOf(f.rd24), blanks: { value: say(f.rd24), period: when(f.rd24) }, className: 'c-neutral' },
    { key: 'rd25', value: numberOf(f.rd25), blanks: { value: say(f.rd25), period: when(f.rd25) }, className: 'c-neutral' },
    { key: 'initial', value: numberOf(f.initial), blanks: { value: say(f.initial), date: pointDate(f.initial, locale) }, accent: true },
    { key: 'ad', value: numberOf(f.ad), blanks: { value: say(f.ad), date: pointDate(f.adDate, locale) }, accent: true },
    { key: 'cumulative', value: numberOf(f.cumulative), blanks: { value: say(f.cumulative), period: when(f.cumulative) }, accent: true, open: true },
  ];
}

/** The row a hidden bar waits in: its row in the nearest step that shows it (the earlier one on a tie). */
export function waitingRow(key: BetRow, index: number, all: readonly BetState[]): number {
  let best = -1;
  all.forEach((s, i) => {
    if (s.money.rows[key] !== undefined && (best < 0 || Math.abs(i - index) < Math.abs(best - index))) best = i;
  });
  return all[best].money.rows[key]!;
}

export function MoneyView({ f, copy, locale, state, previous, index, all, stepId, progress, shown }: {
  f: BetFigures; copy: BetCopy['money']; locale: ChartLocale; state: BetMoneyState; previous: BetMoneyState | undefined;
  /** This step's place in story order, and every step's state (for where hidden bars wait). */
  index: number; all: readonly BetState[];
  /** Ticks are keyed by step, so a step change fades one scale's ticks out and the next one's in. */
  stepId: string; progress: number; shown: boolean;
}) {
  const g = grow(progress);
  const rows = rowSpecs(f, locale);
  const { say, when } = printer(locale);
  const mixScale = scaleLinear([0, numberOf(f.group)], [M.x0, W - 16]);
  // One money scale for every step that draws money: bars keep their length from step to step.
  const onMoneyScale = rows.filter((r) => all.some((s) => s.money.scale === 'money' && s.money.rows[r.key] !== undefined));
  const zoomScale = scaleLinear([0, Math.max(...onMoneyScale.map((r) => r.value))], [M.x0, M.x1]).nice();
  const xs = state.scale === 'share' ? mixScale : zoomScale;
  const gridBottom = state.scale === 'share' ? rowY(4) - 6 : rowY(3) + 8;
  const percent = scaleLinear([0, 100], [M.x0, W - 16]);
  const ticks = state.scale === 'share'
    ? percent.ticks(4).map((t) => ({ at: percent(t), value: t }))
    : zoomScale.ticks(4).map((t) => ({ at: zoomScale(t), value: t }));
  const tickText = state.scale === 'share' ? (t: number) => formatValue({ value: t, unit: '%' }, { locale }) : (t: number) => formatCompact(t, { scale: 'bn', locale });
  const heading = copy.headings[state.scene];
  const blanks = { groupPeriod: when(f.group), group: say(f.group) };

  return (
    <g className="mark" style={{ opacity: shown ? 1 : 0 }} aria-hidden={!shown}>
      <Label x={8} y={20} anchor="start" size={14} weight={700}>{fill(heading.heading, blanks)}</Label>
      <Label x={8} y={38} anchor="start" size={12} className="c-muted" wrap={fitChars(W - 12)}>{fill(heading.sub, blanks)}</Label>
      <Axis orient="bottom" ticks={ticks} format={tickText} labelAt={gridBottom + 14} grid={{ from: M.row0 - 8, to: gridBottom }} fadeKey={stepId} />
      {/* The whole of group revenue behind each bar. */}
      {[0, 1, 2, 3].map((i) => (
        <rect key={i} x={M.x0} y={rowY(i) + M.barY} width={W - 16 - M.x0} height={M.barH}
          className="mark" style={{ fill: 'var(--rule)', opacity: state.background ? 0.35 : 0 }} />
      ))}
      {rows.map((r) => {
        const on = state.rows[r.key] !== undefined;
        const fresh = on && previous?.rows[r.key] === undefined;
        const top = rowY(state.rows[r.key] ?? waitingRow(r.key, index, all));
        const full = Math.max(0, xs(r.value) - M.x0);
        const width = on ? full * (fresh ? g : 1) : 0;
        // A row that is off shrinks to the axis: on the zoomed scale its bar would run far past the chart.
        const end = M.x0 + (on ? full : 0);
        const words = copy.rows[state.rowCopy?.[r.key] ?? r.key];
        return (
          <g key={r.key}>
            <Label x={M.x0} y={top + 12} anchor="start" size={13} weight={600} opacity={on ? 1 : 0}>{fill(words.name, r.blanks)}</Label>
            <Bar x={M.x0} y={top + M.barY} width={width} height={M.barH} className={r.className ?? ''}
              opacity={on ? 1 : 0} style={r.accent ? { fill: 'var(--accent)' } : undefined} />
            {r.open && (
              <Shape d={`M${end + 2},${top + M.barY} L${end + 12},${top + M.barY + M.barH / 2} L${end + 2},${top + M.barY + M.barH} Z`}
                className="c-neutral" opacity={on ? 0.9 : 0} />
            )}
            {/* An open-ended bar runs near the right edge: its figure goes under the arrow's tip, not past it. */}
            <Label x={r.open ? end + 12 : end + 6} y={r.open ? top + M.barY + M.barH + 15 : top + M.barY + 16} anchor={r.open ? 'end' : 'start'}
              size={13} weight={r.accent ? 700 : 400} opacity={on ? 1 : 0}>
              {fill(words.value, r.blanks)}
            </Label>
          </g>
        );
      })}
      {/* The quarter of the 2025 budget set aside for AI, inside the budget's bar. */}
      <g>
        <Bar x={M.x0} y={rowY(2) + M.barY} width={state.aiBar ? Math.max(0, zoomScale(numberOf(f.ai)) - M.x0) * g : 0} height={M.barH} className="c-ink" opacity={state.aiBar ? 1 : 0} />
        <Label x={M.x0} y={rowY(2) + M.barY + M.barH + 15} anchor="start" size={12} opacity={state.aiBar ? 1 : 0} wrap={fitChars(W - M.x0 - 4)}>{fill(copy.aiNote, { ai: say(f.ai) })}</Label>
      </g>
      {/* Footnotes that change with the view, wrapped to the width of a 320 px phone, where the labels are drawn largest. */}
      <Label x={8} y={gridBottom + 44} anchor="start" size={12} className="c-muted" opacity={state.footnote === 'mix' ? 1 : 0} wrap={fitChars(W - 12)}>
        {fill(copy.footnotes.mix, { evOnly: say(f.evOnly) })}
      </Label>
      <Label x={8} y={gridBottom + 44} anchor="start" size={12} className="c-muted" opacity={state.footnote === 'spent' ? 1 : 0} wrap={fitChars(W - 12)}>
        {fill(copy.footnotes.spent, { cumulativePeriod: when(f.cumulative), rate: say(f.rate), ratePeriod: when(f.rate), share: say(f.share), planned: say(f.planned) })}
      </Label>
    </g>
  );
}
