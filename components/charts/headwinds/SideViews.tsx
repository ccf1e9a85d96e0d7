'use client';
/** The headwinds chart's three side views: the share price, the purchase tax, the delivery targets. */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { fill } from '@/lib/charts/copy';
import { numberOf } from '@/lib/charts/lookup';
import { formatShort, formatValue } from '@/lib/registry/format';
import type { HeadwindsCopy } from '@/content/charts/headwinds';
import { Bar, Label, Rule } from '../marks';
import { fitChars } from '../wrap';
import { W, type ChartLocale } from '../types';
import { cars, type HeadwindsFigures } from './figures';

const fade = (on: boolean) => ({ opacity: on ? 1 : 0 });

export function ShareView({ f, on, copy, locale }: { f: HeadwindsFigures; on: boolean; copy: HeadwindsCopy['share']; locale: ChartLocale }) {
  const { peak, close, fall } = f;
  const yShare = scaleLinear([0, numberOf(peak)], [352, 104]);
  const panels = [
    { p: peak, x: 62, caption: copy.peakCaption, tone: 'c-neutral' },
    { p: close, x: 198, caption: copy.closeCaption, tone: 'c-loss' },
  ];
  const top = yShare(numberOf(peak));
  const bottom = yShare(numberOf(close));
  return (
    <g className="mark" style={fade(on)}>
      <Label x={8} y={22} anchor="start" size={13} weight={600}>{copy.heading}</Label>
      {panels.map(({ p, x: bx, caption, tone }) => {
        const y = yShare(numberOf(p));
        return (
          <g key={p.factId}>
            <Bar x={bx} y={y} width={96} height={352 - y} className={tone} />
            <Label x={bx + 48} y={y - 10} size={16} weight={700}>{formatValue(p, { locale })}</Label>
            <Label x={bx + 48} y={372} size={12} weight={600}>{p.periodText}</Label>
            <Label x={bx + 48} y={388} size={11} className="c-muted">{caption}</Label>
          </g>
        );
      })}
      <Rule x1={40} x2={320} y={352} />
      <line x1={158} x2={322} y1={top} y2={top} className="c-axis" style={{ strokeDasharray: '4 3' }} />
      <line x1={316} x2={316} y1={top} y2={bottom} className="c-zero" />
      <path d={`M311 ${bottom - 8} L316 ${bottom} L321 ${bottom - 8}`} className="c-zero" style={{ fill: 'none' }} />
      <Label x={W - 4} y={(top + bottom) / 2 - 2} anchor="end" size={13} weight={700} className="c-loss">{formatValue(fall, { locale })}</Label>
      <Label x={W - 4} y={(top + bottom) / 2 + 14} anchor="end" size={11}>{copy.belowPeak}</Label>
      <Label x={8} y={412} anchor="start" size={11} className="c-muted" wrap={fitChars(W - 12)} lines="up">{copy.note}</Label>
    </g>
  );
}

export function TaxView({ f, on, copy, locale }: { f: HeadwindsFigures; on: boolean; copy: HeadwindsCopy['tax']; locale: ChartLocale }) {
  const { taxBefore, taxAfter, taxDate } = f;
  const yTax = scaleLinear([0, Math.max(numberOf(taxBefore), numberOf(taxAfter))], [320, 104]);
  const panels = [
    { p: taxBefore, x: 40, caption: copy.beforeCaption, tone: 'c-neutral' },
    { p: taxAfter, x: 300, caption: copy.afterCaption, tone: 'c-loss' },
  ];
  const arrowY = yTax(numberOf(taxAfter)) - 26;
  return (
    <g className="mark" style={fade(on)}>
      <Label x={8} y={22} anchor="start" size={13} weight={600}>{copy.heading}</Label>
      <Label x={8} y={40} anchor="start" size={11} className="c-muted">{copy.sub}</Label>
      {panels.map(({ p, x: bx, caption, tone }) => {
        const top = yTax(numberOf(p));
        return (
          <g key={p.factId}>
            <Bar x={bx} y={top} width={100} height={320 - top} className={tone} />
            <Label x={bx + 50} y={top - 10} size={15} weight={700}>{formatShort(p, locale)}</Label>
            <Label x={bx + 50} y={340} size={12} weight={600}>{p.periodText}</Label>
            <Label x={bx + 50} y={356} size={11} className="c-muted">{caption}</Label>
          </g>
        );
      })}
      <Rule x1={24} x2={W - 24} y={320} />
      <Label x={220} y={arrowY - 28} size={12} weight={600}>{copy.halvedFrom[0]}</Label>
      <Label x={220} y={arrowY - 12} size={12} weight={600}>{fill(copy.halvedFrom[1], { date: formatValue(taxDate, { locale }) })}</Label>
      <path d={`M152 ${arrowY} L288 ${arrowY} M281 ${arrowY - 5} L288 ${arrowY} L281 ${arrowY + 5}`} className="c-zero" style={{ fill: 'none' }} />
      <Label x={8} y={394} anchor="start" size={12} weight={600}>{copy.margin[0]}</Label>
      <Label x={8} y={410} anchor="start" size={12} weight={600}>{copy.margin[1]}</Label>
    </g>
  );
}

export function TargetsView({ f, on, copy, locale }: { f: HeadwindsFigures; on: boolean; copy: HeadwindsCopy['targets']; locale: ChartLocale }) {
  const xT = scaleLinear([0, max(f.targets, (t) => numberOf(t.p)) ?? 1], [12, W - 118]);
  return (
    <g className="mark" style={fade(on)}>
      <Label x={8} y={22} anchor="start" size={13} weight={600}>{copy.heading}</Label>
      {f.targets.map((t) => {
        const delivered = 'delivered' in t && t.delivered;
        const w = xT(numberOf(t.p)) - xT(0);
        return (
          <g key={t.factId}>
            <Label x={12} y={t.y - 6} anchor="start" size={12} weight={delivered ? 600 : undefined} className={delivered ? 'c-ink' : 'c-muted'}>{copy.rows[t.factId]}</Label>
            {delivered ? (
              <Bar x={xT(0)} y={t.y} width={w} height={22} className="c-neutral" />
            ) : (
              <Bar x={xT(0)} y={t.y} width={w} height={22}
                style={{ fill: 'var(--neutral)', fillOpacity: 0.18, stroke: 'var(--neutral)', strokeWidth: 1.5 }} />
            )}
            <Label x={xT(numberOf(t.p)) + 6} y={t.y + 16} anchor="start" size={12} weight={600}>{cars(t.p, locale)}</Label>
          </g>
        );
      })}
      <Rule x1={8} x2={W - 8} y={272} />
      <Label x={8} y={372} anchor="start" size={11} className="c-muted">{copy.note[0]}</Label>
      <Label x={8} y={388} anchor="start" size={11} className="c-muted">{copy.note[1]}</Label>
    </g>
  );
}
