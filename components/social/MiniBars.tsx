/**
 * A small bar chart for a social card, drawn with boxes (Satori lays out flexbox and absolute
 * positions reliably, and boxes need no fonts inside an SVG). Bars above and below a zero line,
 * the headline figure's bar in the accent colour, the first and last labels underneath.
 */
import type { CardChart } from '@/lib/social-card';
import { ACCENT, INK, MUTED, NEUTRAL } from './palette';

export function MiniBars({ chart, width, height }: { chart: CardChart; width: number; height: number }) {
  const values = chart.bars.map((b) => b.value);
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  const y = (v: number) => ((hi - v) / (hi - lo || 1)) * height;
  const zero = y(0);
  const n = chart.bars.length;
  const step = width / n;
  const bw = step * 0.72;
  const first = chart.bars[0].label;
  const last = chart.bars[n - 1].label;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width }}>
      <div style={{ display: 'flex', fontSize: 20, fontWeight: 700, color: MUTED, marginBottom: 20, lineHeight: 1.25 }}>{chart.caption}</div>
      <div style={{ display: 'flex', position: 'relative', width, height }}>
        {chart.bars.map((b, i) => {
          const top = Math.min(zero, y(b.value));
          return (
            <div
              key={b.factId}
              style={{
                position: 'absolute', left: i * step + (step - bw) / 2, top, width: bw,
                height: Math.max(2, Math.abs(y(b.value) - zero)), background: b.highlight ? ACCENT : NEUTRAL, opacity: b.highlight ? 1 : 0.55,
              }}
            />
          );
        })}
        <div style={{ position: 'absolute', left: 0, top: zero - 1, width, height: 2, background: INK }} />
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 20, color: MUTED, marginTop: 12 }}>
        <span>{first}</span>
        <span>{last}</span>
      </div>
    </div>
  );
}
