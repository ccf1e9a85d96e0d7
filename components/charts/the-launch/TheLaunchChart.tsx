'use client';
/**
 * Cars delivered per quarter on a time axis, against the Beijing factory's rated capacity shown as
 * a quarterly run-rate (annual capacity ÷ 4, phase 1 and then phases 1 + 2), with the launch-order
 * counts as dashed rules and the milestones marked where they fall. What each step shows is the
 * row of its step id in content/charts/the-launch.ts (states); every word comes in as `copy`.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { max } from 'd3-array';
import { fill } from '@/lib/charts/copy';
import { numberOf } from '@/lib/charts/lookup';
import { stateAt } from '@/lib/charts/states';
import { pointSpan, quarterAt, quarterSpan } from '@/lib/charts/time';
import { formatCompact } from '@/lib/registry/format';
import type { ParsedPeriod } from '@/lib/registry/period';
import { theLaunchStates as STATES, type LaunchCopy, type LaunchMilestone, type LaunchRule } from '@/content/charts/the-launch';
import { ChartFrame } from '../ChartFrame';
import { Axis, Bar, Figure, Label, Legend, Shape, grow } from '../marks';
import { W, type ChartLocale, type ChartProps } from '../types';
import { count, descriptionValues, launchFigures, say, RULE_FACTS, type LaunchFigures, type TheLaunchData } from './figures';
import { HALO } from './halo';
import { WaitingTimes } from './WaitingTimes';

export type { TheLaunchData };

const PLOT = { x0: 48, x1: 428, top: 96, base: 372 };
/** Label rows of the milestones a step names, from the top. */
const ROWS = [58, 76];
const RULES = Object.keys(RULE_FACTS) as LaunchRule[];

export function describe(data: TheLaunchData, step: string, copy: LaunchCopy, locale: ChartLocale): string {
  stateAt('the-launch', STATES, step);
  return fill(copy.descriptions[step as keyof typeof STATES], descriptionValues(launchFigures(data), locale));
}

/** A dashed horizontal or vertical guide whose geometry morphs between states. */
function Dash({ d, opacity, strong = false }: { d: string; opacity: number; strong?: boolean }) {
  return (
    <Shape d={d} className="" opacity={opacity}
      style={{ fill: 'none', stroke: strong ? 'var(--ink)' : 'var(--ink-muted)', strokeWidth: strong ? 1.5 : 1, strokeDasharray: strong ? '6 4' : '3 3' }} />
  );
}

/** The blanks of each milestone's label. */
function milestoneBlanks(f: LaunchFigures, locale: ChartLocale): Record<LaunchMilestone, Record<string, string>> {
  const date = (m: keyof LaunchFigures['dated']) => ({ date: say(f.dated[m], locale) });
  return {
    su7Launch: date('su7Launch'), firstDeliveries: date('firstDeliveries'), phase2Start: date('phase2Start'),
    su7Hundred: { count: count(numberOf(f.su7Hundred), locale), days: say(f.su7Days, locale) },
    ultraPresale: { ...date('ultraPresale'), price: say(f.ultraPresalePrice, locale) },
    ultraLaunch: { ...date('ultraLaunch'), price: say(f.ultraLaunchPrice, locale) },
    yu7Launch: date('yu7Launch'), phase2Running: date('phase2Running'),
    car500k: { ...date('car500k'), count: count(numberOf(f.car500k), locale) },
  };
}

export default function TheLaunchChart({ data, step, progress, copy, locale }: ChartProps<TheLaunchData, LaunchCopy>) {
  const { state: st, previous, index, ids } = stateAt('the-launch', STATES, step);
  const f = launchFigures(data);
  const before = previous?.quarters ?? st.quarters;
  const g = grow(progress);
  const { when } = f;
  const t = (m: LaunchMilestone) => when.get(m)!;

  // Time axis: from the month of the launch to the end of the quarter holding the last event.
  const spans = data.deliveries.points.map((p) => pointSpan(p).map((d) => d.getTime()) as [number, number]);
  const dqSpan = pointSpan(f.derived).map((d) => d.getTime());
  const launch = new Date(t('su7Launch'));
  const start = Date.UTC(launch.getUTCFullYear(), launch.getUTCMonth(), 1);
  const lastEvent = max([...when.values()]) ?? start;
  const end = Math.max(spans[spans.length - 1][1], dqSpan[1], quarterSpan(quarterAt(new Date(lastEvent)))[1].getTime());
  const x = scaleUtc([new Date(start), new Date(end)], [PLOT.x0, PLOT.x1]);
  const xs = (ms: number) => x(new Date(ms));

  // Value axis: cars. It stretches in the YU7 step to take that launch's order counts, and in the
  // last step to take the derived quarter's bar.
  const shownRules = RULES.filter((r) => st.rules[r]).map((r) => numberOf(f.rules[r]));
  const base = Math.max(max(data.deliveries.points, (p) => p.value) ?? 0, numberOf(f.rules.su7Day));
  const top = st.scale === 'orders' ? Math.max(base, ...shownRules) : st.scale === 'derived' ? Math.max(base, numberOf(f.derived)) : base;
  const y = scaleLinear([0, top], [PLOT.base, PLOT.top]).nice(6);
  const ticks = y.ticks(6);

  // Rated capacity as a quarterly run-rate: annual capacity ÷ 4, from the registry values.
  const cap1 = numberOf(f.phase1) / 4;
  const capAfter = st.capacity === 'both' ? numberOf(f.total) / 4 : cap1;
  const xP2 = xs(t('phase2Running'));
  const capPath = `M${PLOT.x0},${y(cap1)}H${xP2}V${y(capAfter)}H${PLOT.x1}`;

  // Milestones: the ones this step names get a guide and a label; earlier ones keep a tick.
  const revealed = new Set(ids.slice(0, index + 1).flatMap((id) => STATES[id as keyof typeof STATES].named.map((n) => n.milestone)));
  const blanks = milestoneBlanks(f, locale);
  const rowOf = (m: LaunchMilestone) => st.named.findIndex((n) => n.milestone === m);

  // Bars this step reveals grow with the reader's progress; earlier ones stand at full height.
  const reveal = (i: number) => (i < st.quarters ? (i >= before ? g : 1) : 0);
  // A rule above this state's scale waits at the top of the plot, hidden, instead of flying off the chart.
  const ruleY = (v: number) => Math.max(PLOT.top, y(v));
  const ruleOpacity = (r: LaunchRule) => (st.rules[r] ? (st.rules[r] === 'faint' ? 0.45 : 1) : 0);
  const ruleWindow: Partial<Record<LaunchRule, string>> = { su7Minutes: say(f.su7Window, locale), yu7Locked: say(f.yu7Window, locale) };

  // Quarter labels on the time axis, with slots after the last quarter that has an official figure.
  const quarterTick = (at: ParsedPeriod) => fill(copy.quarterTick, { quarter: at.quarter!, yy: String(at.year).slice(2), year: at.year });
  const quarterLabels = data.deliveries.points.map((p, i) => ({ t: (spans[i][0] + spans[i][1]) / 2, text: quarterTick(p.at!) }));
  for (let q = spans[spans.length - 1][1]; q < end; ) {
    const at = quarterAt(new Date(q));
    const next = quarterSpan(at)[1].getTime();
    quarterLabels.push({ t: (q + next) / 2, text: quarterTick(at) });
    q = next;
  }
  const dqHeight = (PLOT.base - y(numberOf(f.derived))) * (st.derivedQuarter ? g : 0);
  const dqX = (xs(dqSpan[0]) + xs(dqSpan[1])) / 2;

  return (
    <ChartFrame title={copy.drawingTitle} description={describe(data, step, copy, locale)}>
      {/* Legend: the bars' swatch and the capacity line's, as the marks are drawn. */}
      <Legend x={15} y={14} size={12} textAt={13} items={[
        { swatch: 'bar', className: 'c-neutral', label: copy.legend.deliveries },
        { swatch: 'line', className: 'c-line', label: copy.legend.capacity },
      ]} />

      {/* Value gridlines and ticks: morphing paths, so they move with the scale when the YU7 step stretches it. */}
      <Axis orient="left" labelAt={PLOT.x0 - 5} ticks={ticks.map((v) => ({ at: y(v), value: v }))}
        format={(v) => formatCompact(v, { scale: 'k', locale })} grid={{ from: PLOT.x0, to: PLOT.x1, morph: true }} />

      {/* Milestone guides, behind the bars */}
      {f.milestones.map((m) => (
        <Dash key={m} d={`M${xs(t(m))},${ROWS[Math.max(0, rowOf(m))] + 4}V${PLOT.base}`} opacity={rowOf(m) >= 0 ? 1 : 0} />
      ))}

      {/* Quarter bars */}
      {data.deliveries.points.map((p, i) => {
        const [a, b] = spans[i];
        const h = (PLOT.base - y(p.value)) * reveal(i);
        return <Bar key={p.factId} x={xs(a) + 7} y={PLOT.base - h} width={xs(b) - xs(a) - 14} height={h} className="c-neutral" opacity={i < st.quarters ? 1 : 0} />;
      })}

      {/* The derived quarter: light fill and a dashed outline, as the headwinds chart draws it. */}
      {(() => {
        const box = { x: xs(dqSpan[0]) + 7, y: PLOT.base - dqHeight, width: xs(dqSpan[1]) - xs(dqSpan[0]) - 14, height: dqHeight };
        return (
          <rect {...box} className="mark" data-derived={f.derived.factId}
            style={{ ...box, opacity: st.derivedQuarter ? 1 : 0, fill: 'var(--neutral)', fillOpacity: 0.35, stroke: 'var(--ink-muted)', strokeWidth: 1.5, strokeDasharray: '5 3' } as React.CSSProperties} />
        );
      })()}

      {quarterLabels.map((l) => (
        <Label key={l.text} x={xs(l.t)} y={PLOT.base + 18} size={11} className="c-muted">{l.text}</Label>
      ))}

      {/* Capacity run-rate */}
      <Shape d={capPath} className="c-line" />

      {/* Launch orders as dashed rules */}
      {RULES.map((r) => (
        <Dash key={r} d={`M${PLOT.x0},${ruleY(numberOf(f.rules[r]))}H${PLOT.x1}`} opacity={ruleOpacity(r)} strong />
      ))}

      {/* Milestone ticks on the time axis: every milestone reached so far */}
      {f.milestones.map((m) => (
        <path key={m} d={`M${xs(t(m))},${PLOT.base + 1}l-4,7h8z`} className="mark" style={{ fill: 'var(--accent)', opacity: revealed.has(m) ? 1 : 0 }} />
      ))}

      {/* All text over the marks, with a halo so no line runs through it */}
      <g style={HALO}>
        {data.deliveries.points.map((p, i) => {
          const [a, b] = spans[i];
          const h = (PLOT.base - y(p.value)) * reveal(i);
          return (
            <Label key={p.factId} x={(xs(a) + xs(b)) / 2} y={PLOT.base - h - 5} size={11} weight={600} opacity={i < st.quarters ? 1 : 0}>
              {formatCompact(p.value, { scale: 'k', digits: 1, locale })}
            </Label>
          );
        })}
        <Figure x={PLOT.x1} y={y(capAfter) - 6} anchor="end" size={11} weight={600} value={capAfter} format={(v) => count(v, locale)} />
        {RULES.map((r) => {
          const o = f.rules[r];
          const on = ruleOpacity(r);
          const words = copy.rules[st.ruleCopy?.[r] ?? r];
          return (
            <Label key={r} x={PLOT.x0 + 24} y={ruleY(numberOf(o)) - 5} anchor="start" size={11} weight={on === 1 ? 600 : 400} opacity={on}>
              {fill(words, { count: say(o, locale), window: ruleWindow[r] ?? '', period: o.periodText })}
            </Label>
          );
        })}
        {f.milestones.map((m) => {
          const xm = xs(t(m));
          const row = rowOf(m);
          const on = row >= 0;
          const right = on ? st.named[row].anchor === 'end' : xm > W / 2;
          return (
            <Label key={m} x={right ? xm + 3 : xm - 3} y={ROWS[Math.max(0, row)]} anchor={right ? 'end' : 'start'} size={11} weight={600} opacity={on ? 1 : 0}>
              {fill(copy.milestones[m], blanks[m])}
            </Label>
          );
        })}
        {/* The derived quarter's value, marked as derived. */}
        <Label x={dqX} y={PLOT.base - dqHeight - 5} size={11} weight={600} opacity={st.derivedQuarter ? 1 : 0}>
          {formatCompact(numberOf(f.derived), { scale: 'k', digits: 1, locale })}
        </Label>
        <Label x={dqX} y={PLOT.base - dqHeight - 19} size={10} className="c-muted" opacity={st.derivedQuarter ? 1 : 0}>{copy.derived}</Label>
      </g>

      <WaitingTimes f={f} copy={copy.waiting} locale={locale} xs={xs} top={PLOT.top} shown={!!st.waiting} />
    </ChartFrame>
  );
}
