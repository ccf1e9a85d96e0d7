/**
 * Motion (issue 14): marks move between step states with motion (bars by their SVG attributes,
 * lines by their `d`), scroll progress moves them with no tween, reduced motion makes every change
 * instant, and the deck's captions travel the way the presenter goes. Each test samples the DOM on
 * every animation frame inside the page, so what it sees is what was painted, frame by frame.
 * The reading-page tests run in both editions (/<slug> and /zh/<slug>: the same charts, in Chinese).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { scrollStepTo } from './trigger';
import { openDeck, settled, stage } from './deck';
import { EDITIONS } from './chapters';

type Sample = { t: number; height: number; lineY: number };

/** Scrolls so that the reader has just finished step `id` (progress about 1). */
const toEndOf = (page: Page, id: string) => scrollStepTo(page, id, 1);

/**
 * The launch chart, from the waiting-times step to the YU7 step: the value axis stretches, so the
 * first quarter's bar gets shorter and the capacity line moves down, both on the step change alone
 * (every bar is already shown, so nothing here grows with progress).
 */
async function sampleLaunchStepChange(page: Page, prefix: string): Promise<{ samples: Sample[]; start: Sample; end: Sample }> {
  await page.goto(`${prefix}/the-launch`);
  await toEndOf(page, 'launch-waiting-times');
  const graphic = page.locator('.scrolly-graphic').first();
  await expect(graphic).toHaveAttribute('data-active-step', 'launch-waiting-times');
  await expect(graphic.locator('[data-moving]')).toHaveCount(0);
  const read = () => graphic.evaluate((g): Sample => {
    const bar = g.querySelector('rect.chart-mark.c-neutral')!;
    const line = g.querySelector('path.chart-mark.c-line')!;
    return { t: 0, height: Number(bar.getAttribute('height')), lineY: Number(/^M[-\d.]+,([-\d.]+)/.exec(line.getAttribute('d')!)![1]) };
  });
  const start = await read();
  // Record every frame from before the step changes until the chart is at rest again.
  const recording = graphic.evaluate((g) => new Promise<Sample[]>((done) => {
    const out: Sample[] = [];
    const t0 = performance.now();
    let changed = false;
    const frame = () => {
      const bar = g.querySelector('rect.chart-mark.c-neutral')!;
      const line = g.querySelector('path.chart-mark.c-line')!;
      out.push({ t: performance.now() - t0, height: Number(bar.getAttribute('height')), lineY: Number(/^M[-\d.]+,([-\d.]+)/.exec(line.getAttribute('d')!)![1]) });
      changed ||= g.getAttribute('data-active-step') === 'launch-yu7';
      const resting = changed && !g.querySelector('[data-moving]');
      if (resting || performance.now() - t0 > 10_000) done(out);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }));
  await toEndOf(page, 'launch-yu7');
  const samples = await recording;
  await expect(graphic).toHaveAttribute('data-active-step', 'launch-yu7');
  await expect(graphic.locator('[data-moving]')).toHaveCount(0);
  const end = await read();
  return { samples, start, end };
}

const strictlyBetween = (v: number, a: number, b: number) => v > Math.min(a, b) + 0.01 && v < Math.max(a, b) - 0.01;

for (const { prefix } of EDITIONS) test.describe(`charts in ${prefix || '/'}`, () => {
  test('a step change moves a bar and a line through in-between geometry', async ({ page }) => {
    const { samples, start, end } = await sampleLaunchStepChange(page, prefix);
    expect(end.height).toBeLessThan(start.height - 5);
    expect(end.lineY).toBeGreaterThan(start.lineY + 5);
    expect(samples.filter((s) => strictlyBetween(s.height, start.height, end.height)).length, 'frames with the bar between its states').toBeGreaterThan(0);
    expect(samples.filter((s) => strictlyBetween(s.lineY, start.lineY, end.lineY)).length, 'frames with the line between its states').toBeGreaterThan(0);
  });

  test('with reduced motion a step change shows no in-between geometry', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { samples, start, end } = await sampleLaunchStepChange(page, prefix);
    expect(end.height).toBeLessThan(start.height - 5);
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) {
      expect([start.height, end.height]).toContain(s.height);
      expect([start.lineY, end.lineY]).toContain(s.lineY);
    }
  });

  test('a bar that grows with scroll progress follows the scroll at once, with no tween behind it', async ({ page }) => {
    await page.goto(`${prefix}/loss-per-car`);
    // "rest-of-2024" reveals two more quarters; their bars grow as the reader moves into the step.
    const graphic = page.locator('.scrolly-graphic').first();
    const at = (share: number) => scrollStepTo(page, 'rest-of-2024', share);
    await at(0.02);
    await expect(graphic).toHaveAttribute('data-active-step', 'rest-of-2024');
    await expect(graphic.locator('[data-moving]')).toHaveCount(0);
    const bar = graphic.locator('rect.chart-mark.c-neutral').nth(2);
    const before = Number(await bar.getAttribute('height'));
    // One scroll further into the step, then every frame until 20 frames after the page has
    // scrolled: the scroll is sent after the sampling starts, and on a loaded machine it can come
    // many frames later, so frames are counted from the scroll, not from the start.
    const frames = graphic.evaluate((g) => new Promise<number[]>((done) => {
      const rect = g.querySelectorAll('rect.chart-mark.c-neutral')[2];
      const y0 = window.scrollY;
      const t0 = performance.now();
      const out: number[] = [];
      const frame = () => {
        if (window.scrollY !== y0) out.push(Number(rect.getAttribute('height')));
        if (out.length >= 20 || performance.now() - t0 > 10_000) done(out);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }));
    await at(0.2);
    const heights = await frames;
    expect(heights.length, 'frames after the scroll').toBe(20);
    const moved = heights.findIndex((h) => h !== before);
    expect(moved, 'the bar grew with the scroll').toBeGreaterThanOrEqual(0);
    // The first frame that shows the new height shows the final one: no easing after it.
    expect(new Set(heights.slice(moved))).toEqual(new Set([heights[heights.length - 1]]));
    expect(heights[heights.length - 1]).toBeGreaterThan(before);
  });
});

type Frame = { tx: number | null; opacity: number; leavingTx: number | null };
type Travel = { inserted: { tx: number; opacity: number }[]; frames: Frame[] };

/**
 * Presses `key` in the deck and records the new caption as it is inserted (before any frame is
 * painted: where its transition starts) and then the entering and leaving captions on every frame.
 */
async function captionFrames(page: Page, key: string): Promise<Travel> {
  const first = await stage(page).locator('.slide').first().getAttribute('data-slide');
  // Installed and running before the key is pressed; the promise is collected after.
  await stage(page).evaluate((el, first) => {
    (window as unknown as { __travel: Promise<Travel> }).__travel = new Promise<Travel>((done) => {
    const tx = (c: Element | null) => {
      if (!c) return null;
      const m = getComputedStyle(c).transform;
      return m === 'none' ? 0 : new DOMMatrixReadOnly(m).m41;
    };
    const inserted: Travel['inserted'] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n instanceof HTMLElement && n.classList.contains('slide-caption')) inserted.push({ tx: tx(n)!, opacity: Number(getComputedStyle(n).opacity) });
      }
    });
    watch.observe(el, { childList: true, subtree: true });
    const frames: Frame[] = [];
    const t0 = performance.now();
    let pressed = false;
    const frame = () => {
      const entering = el.querySelector('.slide-caption:not([data-leaving])');
      const leaving = [...el.querySelectorAll('.slide-caption[data-leaving]')].find((c) => getComputedStyle(c).visibility !== 'hidden') ?? null;
      pressed ||= el.querySelector('.slide')!.getAttribute('data-slide') !== first;
      if (pressed) frames.push({ tx: tx(entering), opacity: entering ? Number(getComputedStyle(entering).opacity) : 0, leavingTx: tx(leaving) });
      const last = frames[frames.length - 1];
      const resting = pressed && last && !leaving && last.tx === 0 && last.opacity === 1;
      if (resting || performance.now() - t0 > 10_000) {
        watch.disconnect();
        done({ inserted, frames });
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    });
  }, first);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __travel: Promise<Travel> }).__travel);
}

/**
 * The x scale of an element, frame by frame, until it rests at 1 (and, with `untilClosed`, the
 * overview has gone). Each
 * transform motion writes inline is recorded too (a MutationObserver's old values), so a frame
 * the machine drops between the animation's start and its end cannot hide the start.
 */
function scaleSamples(page: Page, selector: string, untilClosed: boolean): Promise<number[]> {
  return page.evaluate(([sel, closing]) => new Promise<number[]>((done) => {
    const isOver = () => !closing || !document.querySelector('.deck-overview');
    const scales: number[] = [];
    const written: number[] = [];
    const scaleOf = (transform: string) => (transform === 'none' || transform === '' ? 1 : new DOMMatrixReadOnly(transform).a);
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        const before = /transform:\s*([^;]+)/.exec(r.oldValue ?? '')?.[1];
        if (before && r.target instanceof Element && r.target.matches(sel)) written.push(scaleOf(before.trim()));
      }
    });
    watch.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
    const t0 = performance.now();
    const frame = () => {
      const el = document.querySelector(sel);
      if (el) scales.push(scaleOf(getComputedStyle(el).transform));
      if ((isOver() && scales.length > 1 && scales[scales.length - 1] === 1) || performance.now() - t0 > 15_000) {
        watch.disconnect();
        done([...written, ...scales]);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), [selector, untilClosed] as const);
}

test.describe('deck', () => {
  test('captions travel the way the presenter goes: in from the right going forward, from the left going back', async ({ page }) => {
    await openDeck(page, '/present/loss-per-car#why-a-loss');
    await settled(page);
    const forward = await captionFrames(page, 'ArrowRight');
    await settled(page);
    const back = await captionFrames(page, 'ArrowLeft');
    await settled(page);
    // Where each new caption starts: offset towards where the presenter is heading, transparent.
    expect(forward.inserted).toHaveLength(1);
    expect(back.inserted).toHaveLength(1);
    expect(forward.inserted[0].tx, 'forward: the caption starts to the right').toBeGreaterThan(5);
    expect(back.inserted[0].tx, 'back: the caption starts to the left').toBeLessThan(-5);
    expect(forward.inserted[0].opacity).toBe(0);
    // On the way: every frame keeps that side, some frame is between the start and the rest.
    expect(forward.frames.every((f) => f.tx === null || f.tx >= 0)).toBe(true);
    expect(back.frames.every((f) => f.tx === null || f.tx <= 0)).toBe(true);
    const between = (t: Travel) => t.frames.some((f) => f.tx !== null && Math.abs(f.tx) > 0.5 && Math.abs(f.tx) < Math.abs(t.inserted[0].tx) - 0.5);
    expect(between(forward) || between(back), 'a frame mid-transition').toBe(true);
    // The old caption leaves the other way.
    expect(forward.frames.every((f) => f.leavingTx === null || f.leavingTx <= 0)).toBe(true);
    expect(back.frames.every((f) => f.leavingTx === null || f.leavingTx >= 0)).toBe(true);
    expect(forward.frames.at(-1)).toEqual({ tx: 0, opacity: 1, leavingTx: null });
    expect(back.frames.at(-1)).toEqual({ tx: 0, opacity: 1, leavingTx: null });
  });

  test('with reduced motion captions change at once, without moving or fading', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, '/present/loss-per-car#why-a-loss');
    await settled(page);
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      const { inserted, frames } = await captionFrames(page, key);
      expect(inserted).toEqual([{ tx: 0, opacity: 1 }]);
      expect(frames.length).toBeGreaterThan(0);
      for (const f of frames) expect(f).toEqual({ tx: 0, opacity: 1, leavingTx: null });
      await settled(page);
    }
  });

  test('the overview grows out of the current slide and gives it back', async ({ page }) => {
    await openDeck(page, '/present/loss-per-car#why-a-loss');
    await settled(page);
    // Opening: the current slide's thumbnail starts at the stage's size (scaled up) and settles in its cell.
    const opening = scaleSamples(page, '.overview-grid li[data-current] .overview-thumb', false);
    await page.keyboard.press('o');
    const open = await opening;
    expect(Math.max(...open), 'the thumbnail starts larger than its cell').toBeGreaterThan(1.5);
    expect(open[open.length - 1]).toBe(1);
    await settled(page);
    // Closing: the stage's slide starts at the thumbnail's size (scaled down) and grows back to the stage.
    const closing = scaleSamples(page, '.deck-live > .slide', true);
    await page.keyboard.press('Escape');
    const close = await closing;
    expect(Math.min(...close), 'the slide starts at the size of its thumbnail').toBeLessThan(0.7);
    expect(close[close.length - 1]).toBe(1);
  });
});
