'use client';
/**
 * Germany's car market as Lu Weibing described it: a hundred squares, one per percentage point,
 * German brands from the top-left and Toyota from the bottom-right, with the single-source caveat.
 */
import type { CSSProperties } from 'react';
import type { EuropeCopy, EuropeState } from '@/content/charts/europe-2027';
import { numberOf } from '@/lib/charts/lookup';
import { Label, Rule } from '../marks';
import type { ChartLocale } from '../types';
import { say, type EuropeFigures } from './figures';

const CELL = 12;
const STEP = 14;
const WX = 20;
const WY = 212;
const LX = WX + 10 * STEP + 14;

export function MarketView({ f, state, box, copy, locale }: {
  f: EuropeFigures; state: EuropeState; box: { x: number; y: number; w: number; h: number }; copy: EuropeCopy['market']; locale: ChartLocale;
}) {
  const toyotaFirst = state.market === 'toyota';
  const germanFill = toyotaFirst ? 'var(--neutral)' : 'var(--accent)';
  const toyotaFill = toyotaFirst ? 'var(--accent)' : 'var(--neutral)';
  const germanCells = Math.round(numberOf(f.german));
  const toyotaCells = Math.round(numberOf(f.toyota));
  const cellFill = (i: number) => (i < germanCells ? germanFill : i >= 100 - toyotaCells ? toyotaFill : 'none');
  const swatch = (y: number, fill: string) => (
    <rect x={LX} y={y - 11} width={CELL} height={CELL} className="mark"
      style={{ fill, stroke: fill === 'none' ? 'var(--ink-muted)' : 'none' } as CSSProperties} />
  );
  const weight = (picked: boolean) => (picked ? 700 : 400);
  return (
    <g className="mark" style={{ opacity: state.market ? 1 : 0 }}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6}
        style={{ fill: 'none', stroke: 'var(--ink-muted)', strokeDasharray: '5 4' }} />
      <Label x={WX} y={WY - 12} anchor="start" size={13} weight={600}>{copy.heading}</Label>
      {Array.from({ length: 100 }, (_, i) => {
        const fill = cellFill(i);
        return (
          <rect key={i} x={WX + (i % 10) * STEP} y={WY + Math.floor(i / 10) * STEP} width={CELL} height={CELL} className="mark"
            style={{ fill, stroke: fill === 'none' ? 'var(--rule)' : 'none' } as CSSProperties} />
        );
      })}
      {/* Where "more than half" begins: the German block reaches at least this line. */}
      <Rule x1={WX - 6} x2={WX + 10 * STEP + 2} y={WY + Math.ceil(germanCells / 10) * STEP - 1} className="c-zero" />

      {swatch(WY + 12, germanFill)}
      <Label x={LX + 20} y={WY + 12} anchor="start" size={13} weight={weight(state.market === 'german')}>{copy.german}</Label>
      <Label x={LX + 20} y={WY + 30} anchor="start" size={13} weight={weight(state.market === 'german')}>{say(f.german, locale)}</Label>

      {swatch(WY + 62, toyotaFill)}
      <Label x={LX + 20} y={WY + 62} anchor="start" size={13} weight={weight(toyotaFirst)}>{copy.toyota}</Label>
      <Label x={LX + 20} y={WY + 80} anchor="start" size={13} weight={weight(toyotaFirst)}>{say(f.toyota, locale)}</Label>
      <Label x={LX + 20} y={WY + 97} anchor="start" size={11} className="c-muted" opacity={toyotaFirst ? 1 : 0}>{copy.toyotaNote}</Label>

      {swatch(WY + 122, 'none')}
      <Label x={LX + 20} y={WY + 122} anchor="start" size={13}>{copy.others}</Label>
      <Label x={LX + 20} y={WY + 139} anchor="start" size={11} className="c-muted">{copy.othersNote}</Label>

      <Label x={WX} y={box.y + box.h - 26} anchor="start" size={11.5} className="c-muted">{copy.caveat[0]}</Label>
      <Label x={WX} y={box.y + box.h - 11} anchor="start" size={11.5} className="c-muted">{copy.caveat[1]}</Label>
    </g>
  );
}
