'use client';
/**
 * How long car makers took from their founding to a first profitable quarter, one bar each, with
 * the measure each company reported written under its bar (they differ; the footnote says how).
 * What each step shows is declared in content/charts/years-to-profit.ts (states); its words come
 * in as `copy`.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { fill } from '@/lib/charts/copy';
import { stateAt } from '@/lib/charts/states';
import { formatCompact, formatValue } from '@/lib/registry/format';
import { yearsToProfitStates as STATES, type YearsToProfitCopy } from '@/content/charts/years-to-profit';
import { ChartFrame } from '../ChartFrame';
import { Bar, Label, grow } from '../marks';
import { W, type ChartProps } from '../types';
import { describe, ends, figures, yearsNumber, type YearsToProfitData } from './figures';
import { MeasuresFootnote } from './MeasuresFootnote';

export type { YearsToProfitData } from './figures';
export { describe } from './figures';

const NAME_X = 8;
const X0 = 92;
const X1 = W - 44;
const ROW0 = 72;
const ROW_H = 39;
const BAR_H = 16;

export default function YearsToProfitChart({ data, step, progress, copy, locale }: ChartProps<YearsToProfitData, YearsToProfitCopy>) {
  const { state, previous } = stateAt('years-to-profit', STATES, step);
  const g = grow(progress);
  const f = figures(data);
  const { companies, claim, months } = f;
  const x = scaleLinear([0, Math.max(claim.value, max(companies, (c) => c.p.value) ?? 1)], [X0, X1]).nice(6);
  const ticks = x.ticks(6);
  const rows = state.rows;
  const before = previous?.rows ?? rows;
  const factor = (i: number) => (i < rows ? (i >= before ? g : 1) : 0);
  const rowY = (i: number) => ROW0 + i * ROW_H;
  const byMeasure = !!state.byMeasure;

  // The rows the source document's claim covers.
  const claimRows = companies.flatMap((c, i) => ('claim' in c ? [i] : []));
  const claimTop = rowY(Math.min(...claimRows)) - 6;
  const claimBottom = rowY(Math.max(...claimRows)) + BAR_H + 6;

  const xmIndex = companies.findIndex((c) => 'highlight' in c);
  const xm = companies[xmIndex]?.p;
  const launchYears = months.value / 12;

  return (
    <ChartFrame title={copy.drawingTitle} description={describe(data, step, copy, locale)}>
      <Label x={NAME_X} y={22} anchor="start" size={13} weight={600}>{copy.heading}</Label>
      {/* One line under the heading: the reading guide, or in the last state what the green part is. */}
      <Label x={NAME_X} y={38} anchor="start" size={11} className="c-muted" opacity={state.launch ? 0 : 1}>{copy.guide}</Label>
      <Label x={NAME_X} y={38} anchor="start" size={11} weight={600} opacity={state.launch ? 1 : 0}>{fill(copy.launchNote, { months: formatValue(months, { locale }) })}</Label>

      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={ROW0 - 12} y2={ROW0 - 6} className="c-axis" />
          <Label x={x(t)} y={ROW0 - 16} size={11} className="c-muted">
            {t === ticks[ticks.length - 1] ? fill(copy.years, { n: formatCompact(t, { locale }) }) : formatCompact(t, { locale })}
          </Label>
        </g>
      ))}

      <g className="mark" style={{ opacity: state.claim ? 1 : 0 }}>
        <line x1={x(claim.value)} x2={x(claim.value)} y1={claimTop} y2={claimBottom} className="c-zero" strokeDasharray="4 3" />
        <Label x={x(claim.value) + 5} y={claimTop + 30} anchor="start" size={11} weight={600}>{fill(copy.claimQuote, { claim: formatValue(claim, { locale }) })}</Label>
        <Label x={x(claim.value) + 5} y={claimTop + 44} anchor="start" size={11} className="c-muted">{copy.claimSource}</Label>
      </g>

      {companies.map((c, i) => {
        const { p } = c;
        const on = i < rows;
        const y = rowY(i);
        const w = (x(p.value) - X0) * factor(i);
        const highlight = 'highlight' in c;
        // By measure: net results solid; operating results drawn as outlines.
        const outlined = byMeasure && c.measure !== 'net';
        const cls = highlight && !outlined ? '' : outlined ? 'c-reported' : 'c-neutral';
        const [from, to] = ends(p, locale);
        return (
          <g key={p.factId}>
            <Label x={NAME_X} y={y + 13} anchor="start" size={12} weight={highlight ? 700 : 600} opacity={on ? 1 : 0}>{p.label}</Label>
            <Bar x={X0} y={y} width={Math.max(0, w)} height={BAR_H} className={cls} opacity={on ? 1 : 0}
              style={highlight ? (outlined ? { stroke: 'var(--accent)', strokeWidth: 2.5 } : { fill: 'var(--accent)' }) : undefined} />
            <Label x={X0 + w + 5} y={y + 13} anchor="start" size={12} weight={600} opacity={on ? 1 : 0}>{fill(copy.years, { n: yearsNumber(p, locale) })}</Label>
            {/* Under the name and the bar together: the widest line a row has, so it fits a phone. */}
            <Label x={NAME_X} y={y + BAR_H + 15} anchor="start" size={11} className={byMeasure ? 'c-ink' : 'c-muted'} weight={byMeasure && c.measure !== 'net' ? 600 : undefined} opacity={on ? 1 : 0}>
              {fill(copy.span, { from, to, measure: copy.rowMeasures[c.factId] })}
            </Label>
          </g>
        );
      })}

      {xm && (
        <g className="mark" style={{ opacity: state.launch ? 1 : 0 }}>
          <Bar x={x(xm.value - launchYears)} y={rowY(xmIndex) - 4} width={x(xm.value) - x(xm.value - launchYears)} height={BAR_H + 8} className="c-profit" />
        </g>
      )}

      <MeasuresFootnote f={f} y0={ROW0 + companies.length * ROW_H + 14} x={NAME_X} byMeasure={byMeasure} copy={copy} />
    </ChartFrame>
  );
}
