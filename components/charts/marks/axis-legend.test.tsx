import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Axis } from './Axis';
import { Legend } from './Legend';

const svg = (el: React.ReactElement) => renderToStaticMarkup(<svg>{el}</svg>);
const ticks = [{ at: 372, value: 0 }, { at: 326, value: 50_000 }, { at: 280, value: 100_000 }];
const format = (v: number) => `${v / 1000}k`;

describe('Axis options', () => {
  it('draws a morphing grid as paths across the plot, the zero line stronger', () => {
    const html = svg(<Axis orient="left" ticks={ticks} format={format} labelAt={43} grid={{ from: 48, to: 428, morph: true }} />);
    const paths = [...html.matchAll(/<path d="([^"]+)" class="chart-mark (c-\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(paths).toEqual([['M48,372H428', 'c-zero'], ['M48,326H428', 'c-axis'], ['M48,280H428', 'c-axis']]);
    expect(html).not.toContain('<rect');
    // Labels end at labelAt, level with their tick.
    expect(html).toMatch(/<text x="43" y="330" text-anchor="end"[^>]*>50k<\/text>/);
  });

  it('draws the default grid as 1-unit bars, not paths', () => {
    const html = svg(<Axis orient="left" ticks={ticks} format={format} labelAt={43} grid={{ from: 48, to: 428 }} />);
    expect(html.match(/<rect x="48" y="325.5" width="380" height="1"/)).not.toBeNull();
    expect(html).not.toContain('<path');
  });

  it('with `after`, starts every bottom label that far right of its tick, and draws tick marks', () => {
    const years = [{ at: 100, value: 2025 }, { at: 200, value: 2026 }, { at: 300, value: 2027 }];
    const html = svg(<Axis orient="bottom" ticks={years} format={String} labelAt={120} after={3} tick={{ from: 101, to: 107 }} />);
    const labels = [...html.matchAll(/<text x="([\d.]+)" y="120" text-anchor="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(labels).toEqual([['103', 'start'], ['203', 'start'], ['303', 'start']]);
    expect([...html.matchAll(/<line x1="(\d+)" x2="\1" y1="101" y2="107" class="c-axis"/g)].map((m) => m[1])).toEqual(['100', '200', '300']);
  });

  it('without `after`, keeps the first and last bottom labels inside the plot (start and end anchored)', () => {
    const html = svg(<Axis orient="bottom" ticks={ticks.map((t, i) => ({ ...t, at: 50 + i * 100 }))} format={format} labelAt={390} />);
    expect([...html.matchAll(/text-anchor="(\w+)"/g)].map((m) => m[1])).toEqual(['start', 'middle', 'end']);
  });
});

describe('Legend swatches', () => {
  it('draws a bar block and a line swatch centred on x, the words textAt to the right', () => {
    const html = svg(<Legend x={15} y={14} size={12} textAt={13} items={[
      { swatch: 'bar', className: 'c-neutral', label: 'Cars delivered' },
      { swatch: 'line', className: 'c-line', label: 'Capacity' },
    ]} />);
    expect(html).toContain('<rect x="8" y="9" width="14" height="10" class="c-neutral"></rect>');
    expect(html).toContain('<line x1="8" x2="22" y1="32" y2="32" class="c-line"></line>');
    expect(html).toMatch(/<text x="28" y="18" text-anchor="start"[^>]*font-size="12"[^>]*>Cars delivered<\/text>/);
    expect(html).toMatch(/<text x="28" y="36" text-anchor="start"[^>]*>Capacity<\/text>/);
  });

  it('keeps the dot and square swatches as they were: centred on x, words 10 to the right', () => {
    const html = svg(<Legend x={100} y={50} items={[{ swatch: 'dot', className: 'c-reported', label: 'a' }, { swatch: 'square', className: 'c-x', label: 'b' }]} />);
    expect(html).toContain('<circle cx="100" cy="50" r="5" class="c-reported"></circle>');
    expect(html).toContain('<rect x="95" y="63" width="10" height="10" class="c-x"></rect>');
    expect(html).toMatch(/<text x="110" y="54"/);
  });
});
