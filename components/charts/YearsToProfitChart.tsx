'use client';
/**
 * How long car makers took from their founding to a first profitable quarter, one bar each, with
 * the measure each company reported written under its bar (they differ; the footnote says how).
 * Step states: 0 Tesla alone; 1 Li Auto and Leapmotor, against a source document's "more than
 * seven years"; 2 NIO and XPeng; 3 Xiaomi, highlighted; 4 the bars styled by measure, with the
 * footnote stressed; 5 Xiaomi's last stretch, from the SU7 launch to the profit.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatNumber } from '@/lib/registry/format';
import { ChartFrame } from './ChartFrame';
import { Bar, Label, grow } from './marks';
import { fitChars, wrapLines } from './wrap';
import { W, type ChartProps, type ChartData, type FactList } from './types';
import { stateAt } from '@/lib/charts/states';
import { yearsToProfit } from '@/content/charts/years-to-profit';

export interface YearsToProfitData extends ChartData {
  /**
   * The facts of the registry series `years-to-profit` (one per company, as a list so each carries
   * its name), then a source document's claim, Xiaomi's months from the SU7 launch to profit, and
   * the like-for-like months from first deliveries to profit for Li Auto and Xiaomi.
   */
  figures: FactList;
}

const CLAIM = 'years-to-profit-doc-claim';
const MONTHS = 'months-to-profit-xiaomi';
/** The like-for-like clocks: first deliveries to the end of the first profitable quarter. */
const LI_FROM_DELIVERIES = 'months-deliveries-to-profit-li-auto';
const XM_FROM_DELIVERIES = 'months-deliveries-to-profit-xiaomi';
const SET_AGAINST = new Set([CLAIM, MONTHS, LI_FROM_DELIVERIES, XM_FROM_DELIVERIES]);

/** Splits the list into the company bars and the figures set against them. */
function parts(data: YearsToProfitData) {
  const all = data.figures.points.map((p) => ({ ...p, value: Number(p.value) }));
  const pick = (id: string) => all.find((p) => p.factId === id)!;
  return {
    pts: all.filter((p) => !SET_AGAINST.has(p.factId)), claim: pick(CLAIM), months: pick(MONTHS),
    liFromDeliveries: pick(LI_FROM_DELIVERIES), xmFromDeliveries: pick(XM_FROM_DELIVERIES),
  };
}

type Kind = 'net' | 'operating' | 'segment';
/**
 * The measure behind each bar, as the registry's `measure` field gives it (words only, no figures).
 * The chart data carries values and periods; these labels say what each value counts.
 */
const MEASURE: Record<string, { kind: Kind; text: string }> = {
  'years-to-profit-tesla': { kind: 'net', text: 'net income' },
  'years-to-profit-li-auto': { kind: 'net', text: 'net income' },
  'years-to-profit-leapmotor': { kind: 'net', text: 'net profit' },
  'years-to-profit-nio': { kind: 'operating', text: 'adjusted operating profit' },
  'years-to-profit-xpeng': { kind: 'net', text: 'net profit' },
  'years-to-profit-xiaomi': { kind: 'segment', text: 'segment operating profit' },
};
const measureOf = (factId: string) => MEASURE[factId] ?? { kind: 'net' as Kind, text: 'measure: see the data room' };
const XIAOMI = 'years-to-profit-xiaomi';

const LAST = 5;
/** How many companies (rows, in series order) each step shows. */
const ROWS = [1, 3, 5, 6, 6, 6];
const NAME_X = 8;
const X0 = 92;
const X1 = W - 44;
const ROW0 = 72;
const ROW_H = 39;
/** Baseline to baseline of the legend's lines, for labels raised to the phone's text floor. */
const LINE = 19;
const BAR_H = 16;

const yrs = (v: number, digits = 0) => `${formatNumber(v, undefined, digits)} yrs`;
const span = (period: string) => period.replace(' to ', ' → ');
const until = (period: string) => period.split(' to ')[1] ?? period;
const since = (period: string) => period.split(' to ')[0] ?? period;

export function describe(data: YearsToProfitData, step: number): string {
  const s = Math.min(step, LAST);
  const { pts, claim, months, liFromDeliveries, xmFromDeliveries } = parts(data);
  const by = (id: string) => pts.find((p) => p.factId === id) ?? pts[0];
  const tesla = by('years-to-profit-tesla');
  const li = by('years-to-profit-li-auto');
  const leap = by('years-to-profit-leapmotor');
  const nio = by('years-to-profit-nio');
  const xp = by('years-to-profit-xpeng');
  const xm = by(XIAOMI);
  const named = (kind: Kind) => pts.filter((p) => measureOf(p.factId).kind === kind).map((p) => p.label);
  switch (s) {
    case 0:
      return `Tesla, founded in ${since(tesla.period)}, took ${tesla.text} to its first profitable quarter, ${until(tesla.period)}, counted as ${measureOf(tesla.factId).text}.`;
    case 1: {
      const fits = [li, leap].filter((p) => p.value > claim.value).map((p) => p.label);
      const verdict = fits.length === 2 ? 'which fits both' : fits.length === 1 ? `which fits only ${fits[0]}` : 'which fits neither';
      return `Li Auto took ${li.text} and Leapmotor ${leap.text} to a first profitable quarter; a source document says both took ${claim.text}, ${verdict}.`;
    }
    case 2:
      return `NIO took ${nio.text} to a first adjusted operating profit and XPeng ${xp.text} to a first net profit, both in ${until(xp.period)}.`;
    case 3:
      return `Xiaomi's car segment took ${xm.text} from the EV announcement to its first operating profit in ${until(xm.period)}; the segment includes AI.`;
    case 4:
      return `The bars measure different things: net income or net profit for ${named('net').join(', ')}; adjusted operating profit for ${named('operating').join(', ')}; segment operating profit for ${named('segment').join(', ')}.`;
    default:
      return `Counted from the SU7 launch, Xiaomi's first profit came after ${months.text}. From first deliveries to the end of the first profitable quarter, Li Auto took ${liFromDeliveries.text} and Xiaomi ${xmFromDeliveries.text}.`;
  }
}

export default function YearsToProfitChart({ data, step: stepId, progress }: ChartProps<YearsToProfitData>) {
  // Not converted yet: draws by the step's place in content/charts/years-to-profit.ts.
  const step = stateAt('years-to-profit', yearsToProfit.states, stepId).index;
  const s = Math.min(step, LAST);
  const g = grow(progress);
  const { pts, claim, months } = parts(data);
  const claimYears = claim.value;
  const x = scaleLinear([0, Math.max(claimYears, max(pts, (p) => p.value) ?? 1)], [X0, X1]).nice(6);
  const ticks = x.ticks(6);
  const rows = ROWS[s];
  const before = s === 0 ? rows : ROWS[s - 1];
  const factor = (i: number) => (i < rows ? (i >= before ? g : 1) : 0);
  const rowY = (i: number) => ROW0 + i * ROW_H;
  const byMeasure = s >= 4;
  const names = (kind: Kind) => pts.filter((p) => measureOf(p.factId).kind === kind).map((p) => p.label).join(', ');

  // Rows that the claim covers: Li Auto and Leapmotor.
  const claimRows = pts.map((p, i) => [p.factId, i] as const).filter(([id]) => id === 'years-to-profit-li-auto' || id === 'years-to-profit-leapmotor').map(([, i]) => i);
  const claimTop = rowY(Math.min(...claimRows)) - 6;
  const claimBottom = rowY(Math.max(...claimRows)) + BAR_H + 6;

  const xmIndex = pts.findIndex((p) => p.factId === XIAOMI);
  const xm = pts[xmIndex];
  const launchYears = months.value / 12;

  return (
    <ChartFrame title="Years from founding to a first profitable quarter: Xiaomi and five other electric-car makers" description={describe(data, step)}>
      <Label x={NAME_X} y={22} anchor="start" size={13} weight={600}>Years to a first profitable quarter</Label>
      {/* One line under the heading: the reading guide, or in the last state what the green part is. */}
      <Label x={NAME_X} y={38} anchor="start" size={11} className="c-muted" opacity={s === 5 ? 0 : 1}>from founding; span and measure under each bar</Label>
      <Label x={NAME_X} y={38} anchor="start" size={11} weight={600} opacity={s === 5 ? 1 : 0}>{`green: SU7 launch to first profit, ${months.text}`}</Label>

      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={ROW0 - 12} y2={ROW0 - 6} className="c-axis" />
          <Label x={x(t)} y={ROW0 - 16} size={11} className="c-muted">{t === ticks[ticks.length - 1] ? `${t} yrs` : `${t}`}</Label>
        </g>
      ))}

      {/* State 1: the source document's "more than seven years", against the pages' figures. */}
      <g className="mark" style={{ opacity: s === 1 ? 1 : 0 }}>
        <line x1={x(claimYears)} x2={x(claimYears)} y1={claimTop} y2={claimBottom} className="c-zero" strokeDasharray="4 3" />
        <Label x={x(claimYears) + 5} y={claimTop + 30} anchor="start" size={11} weight={600}>{`“${claim.text}”`}</Label>
        <Label x={x(claimYears) + 5} y={claimTop + 44} anchor="start" size={11} className="c-muted">(source document)</Label>
      </g>

      {pts.map((p, i) => {
        const m = measureOf(p.factId);
        const on = i < rows;
        const y = rowY(i);
        const w = (x(p.value) - X0) * factor(i);
        const xiaomi = p.factId === XIAOMI;
        // By measure (states 4-5): net results solid; operating results drawn as outlines.
        const outlined = byMeasure && m.kind !== 'net';
        const cls = xiaomi && !outlined ? '' : outlined ? 'c-reported' : 'c-neutral';
        return (
          <g key={p.factId}>
            <Label x={NAME_X} y={y + 13} anchor="start" size={12} weight={xiaomi ? 700 : 600} opacity={on ? 1 : 0}>{p.label}</Label>
            <Bar x={X0} y={y} width={Math.max(0, w)} height={BAR_H} className={cls} opacity={on ? 1 : 0}
              style={xiaomi ? (outlined ? { stroke: 'var(--accent)', strokeWidth: 2.5 } : { fill: 'var(--accent)' }) : undefined} />
            <Label x={X0 + w + 5} y={y + 13} anchor="start" size={12} weight={600} opacity={on ? 1 : 0}>{yrs(p.value, Number.isInteger(p.value) ? 0 : 1)}</Label>
            {/* Under the name and the bar together: the widest line a row has, so it fits a phone. */}
            <Label x={NAME_X} y={y + BAR_H + 15} anchor="start" size={11} className={byMeasure ? 'c-ink' : 'c-muted'} weight={byMeasure && m.kind !== 'net' ? 600 : undefined} opacity={on ? 1 : 0}>
              {`${span(p.period)} · ${m.text}`}
            </Label>
          </g>
        );
      })}

      {/* State 5: the part of Xiaomi's bar from the SU7 launch to the first profit. */}
      {xm && (
        <g className="mark" style={{ opacity: s === 5 ? 1 : 0 }}>
          <Bar x={x(xm.value - launchYears)} y={rowY(xmIndex) - 4} width={x(xm.value) - x(xm.value - launchYears)} height={BAR_H + 8} className="c-profit" />
        </g>
      )}

      {/* Footnote: the measures differ, so the bars are not like for like. From state 4 it is also the legend. */}
      {(() => {
        const y0 = ROW0 + pts.length * ROW_H + 14;
        const tone = byMeasure ? 'c-ink' : 'c-muted';
        const indent = NAME_X + 16;
        const raw: { kind: Kind; text: string }[] = [
          { kind: 'net', text: `net income or net profit: ${names('net')}` },
          { kind: 'operating', text: `adjusted operating profit (non-GAAP): ${names('operating')}` },
          { kind: 'segment', text: `segment operating profit, incl. AI: ${names('segment')}, from its EV announcement` },
        ];
        // Each line wraps for a 320 px phone, where labels are raised to about 16 units (so lines
        // are LINE apart); the next line starts under the last one drawn.
        const chars = fitChars(W - indent - 4);
        let next = y0;
        const lines = raw.map((l) => {
          const y = next + LINE;
          next = y + LINE * (wrapLines(l.text, chars).length - 1);
          return { ...l, y };
        });
        return (
          <g>
            <Label x={NAME_X} y={y0} anchor="start" size={11} weight={byMeasure ? 700 : 600} className={tone}>Measures differ, so the bars are not like for like:</Label>
            {lines.map((l) => {
              const y = l.y;
              const swatch = l.kind === 'net'
                ? { className: 'c-neutral' }
                : l.kind === 'operating' ? { className: 'c-reported' } : { style: { fill: 'var(--bg-raised)', stroke: 'var(--accent)', strokeWidth: 2 } };
              return (
                <g key={l.kind}>
                  <g className="mark" style={{ opacity: byMeasure ? 1 : 0 }}>
                    <rect x={NAME_X + 1} y={y - 9} width={10} height={10} {...swatch} />
                  </g>
                  <Label x={indent} y={y} anchor="start" size={11} className={tone} wrap={chars}>{l.text}</Label>
                </g>
              );
            })}
          </g>
        );
      })()}
    </ChartFrame>
  );
}
