'use client';
/**
 * The footnote under the bars: the measures differ, so the bars are not like for like. From the
 * step that styles bars by measure it is also their legend.
 */
import { fill } from '@/lib/charts/copy';
import type { ProfitMeasure, YearsToProfitCopy } from '@/content/charts/years-to-profit';
import { LINE_EM, Label } from '../marks';
import { fitChars, wrapLines } from '../wrap';
import { H, W, minFontUnits } from '../types';
import { namesOf, type YearsFigures } from './figures';

/** The narrowest phone the story is laid out for, in CSS pixels. */
const NARROWEST_PX = 320;
/**
 * Baseline to baseline of the footnote's lines where labels are largest: on the narrowest phone,
 * labels are raised to the text floor (minFontUnits) and a wrapped label's lines are LINE_EM
 * apart; rounded up to a whole unit so lines never touch.
 */
const LINE = Math.ceil(minFontUnits(NARROWEST_PX, (NARROWEST_PX * H) / W) * LINE_EM);
const MEASURES: ProfitMeasure[] = ['net', 'operating', 'segment'];

export function MeasuresFootnote({ f, x, y0, byMeasure, copy }: { f: YearsFigures; x: number; y0: number; byMeasure: boolean; copy: YearsToProfitCopy }) {
  const tone = byMeasure ? 'c-ink' : 'c-muted';
  const indent = x + 16;
  const chars = fitChars(W - indent - 4);
  // Each line wraps for the narrowest phone; the next line starts under the last one drawn.
  let next = y0;
  const lines = MEASURES.map((kind) => {
    const text = fill(copy.legend[kind], { names: namesOf(f, kind, copy) });
    const y = next + LINE;
    next = y + LINE * (wrapLines(text, chars).length - 1);
    return { kind, text, y };
  });
  return (
    <g>
      <Label x={x} y={y0} anchor="start" size={11} weight={byMeasure ? 700 : 600} className={tone}>{copy.legendHeading}</Label>
      {lines.map((l) => {
        const swatch = l.kind === 'net'
          ? { className: 'c-neutral' }
          : l.kind === 'operating' ? { className: 'c-reported' } : { style: { fill: 'var(--bg-raised)', stroke: 'var(--accent)', strokeWidth: 2 } };
        return (
          <g key={l.kind}>
            <g className="mark" style={{ opacity: byMeasure ? 1 : 0 }}>
              <rect x={x + 1} y={l.y - 9} width={10} height={10} {...swatch} />
            </g>
            <Label x={indent} y={l.y} anchor="start" size={11} className={tone} wrap={chars}>{l.text}</Label>
          </g>
        );
      })}
    </g>
  );
}
