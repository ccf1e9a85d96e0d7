/**
 * In-page measurements for the phone layout tests. Each helper runs a whole scan in one
 * page.evaluate call (many points per call keeps the spec fast on two cores) and returns plain
 * data: what was checked, and a line for every failure.
 */
import type { Page } from '@playwright/test';

export interface ScrollScan {
  /** Scroll positions at which some text of the active step was on screen (and so was checked). */
  reading: number;
  /** Steps that were active at some such position. */
  readSteps: string[];
  failures: string[];
}

/**
 * Scrolls through scrolly `k` in steps of a sixth of the viewport. At each position where a line of
 * the active step's text is on screen and on top (document.elementFromPoint at its middle finds the
 * step), checks that the chart's SVG box lies inside the viewport below the header, is at least
 * `minShare` of the viewport tall, and that every point of a grid over it hits the SVG (nothing is
 * drawn over the chart). With `sideBySide`, also checks that no step card's box meets the chart's.
 */
export function scanScrolly(page: Page, k: number, opts: { minShare: number; sideBySide?: boolean }): Promise<ScrollScan> {
  return page.evaluate(async ({ k, minShare, sideBySide }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const scrolly = document.querySelectorAll<HTMLElement>('.scrolly')[k];
    const graphic = scrolly.querySelector<HTMLElement>('.scrolly-graphic')!;
    const svg = graphic.querySelector('svg')!;
    const header = document.querySelector('.site-header')!;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const failures: string[] = [];
    const readSteps = new Set<string>();
    let reading = 0;

    /** Is some line of this step's text visible, on top, on screen? */
    const textOnScreen = (step: Element) => {
      const walker = document.createTreeWalker(step.querySelector('.step-card')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of Array.from(range.getClientRects())) {
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (y < 0 || y >= vh || x < 0 || x >= vw) continue;
          if (document.elementFromPoint(x, y)?.closest('[data-step]') === step) return true;
        }
      }
      return false;
    };

    const start = scrolly.getBoundingClientRect().top + window.scrollY - vh;
    const end = scrolly.querySelector('.scrolly-body')!.getBoundingClientRect().bottom + window.scrollY;
    const stride = Math.round(vh / 6);
    for (let y = Math.max(0, start); y <= end; y += stride) {
      window.scrollTo(0, y);
      await frame();
      const id = graphic.getAttribute('data-active-step')!;
      const step = document.getElementById(id)!;
      if (!textOnScreen(step)) continue;
      reading++;
      readSteps.add(id);
      const at = `scrollY ${Math.round(window.scrollY)}, step ${id}`;
      const box = svg.getBoundingClientRect();
      const headerBottom = header.getBoundingClientRect().bottom;
      if (box.top < headerBottom - 0.5) failures.push(`${at}: chart top ${box.top.toFixed(1)} is under the header (${headerBottom.toFixed(1)})`);
      if (box.bottom > vh + 0.5) failures.push(`${at}: chart bottom ${box.bottom.toFixed(1)} is below the viewport (${vh})`);
      if (box.left < -0.5 || box.right > vw + 0.5) failures.push(`${at}: chart runs off the sides (${box.left.toFixed(1)}–${box.right.toFixed(1)})`);
      if (box.height < minShare * vh) failures.push(`${at}: chart is ${box.height.toFixed(0)} px tall, under ${minShare * 100}% of ${vh}`);
      for (let i = 0; i < 6; i++) {
        for (let j = 0; j < 6; j++) {
          const x = box.left + 2 + ((box.width - 4) * i) / 5;
          const yy = box.top + 2 + ((box.height - 4) * j) / 5;
          if (yy < 0 || yy >= vh || x < 0 || x >= vw) continue;
          const hit = document.elementFromPoint(x, yy);
          if (!hit || !(hit === svg || svg.contains(hit))) {
            failures.push(`${at}: at (${x.toFixed(0)}, ${yy.toFixed(0)}) the chart is covered by ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`);
          }
        }
      }
      if (sideBySide) {
        for (const card of Array.from(scrolly.querySelectorAll('.step-card'))) {
          const c = card.getBoundingClientRect();
          const meets = c.left < box.right && c.right > box.left && c.top < box.bottom && c.bottom > box.top;
          if (meets) failures.push(`${at}: a step card (${c.left.toFixed(0)}–${c.right.toFixed(0)}) meets the chart (${box.left.toFixed(0)}–${box.right.toFixed(0)})`);
        }
      }
    }
    return { reading, readSteps: [...readSteps], failures };
  }, { k, ...opts });
}

/**
 * Walks scrolly `k` through every step (by scrolling each step's top to where a step link puts it)
 * and, in each state, measures every chart <text> that is drawn (its opacity and its ancestors'
 * are not 0): the size it renders at (computed font size × the SVG's scale) must be at least
 * `minPx`, and (with `inside`) its box must lie inside the SVG's box (no label cut off at the edge).
 */
export function scanChartText(page: Page, k: number, minPx: number, inside = true): Promise<{ texts: number; failures: string[] }> {
  return page.evaluate(async ({ k, minPx, inside }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const scrolly = document.querySelectorAll<HTMLElement>('.scrolly')[k];
    const graphic = scrolly.querySelector<HTMLElement>('.scrolly-graphic')!;
    const svg = graphic.querySelector('svg')!;
    const failures: string[] = [];
    let texts = 0;
    const drawn = (el: Element | null): boolean => {
      for (let e = el; e && e !== svg; e = e.parentElement) if (Number(getComputedStyle(e).opacity) === 0) return false;
      return true;
    };
    for (const step of Array.from(scrolly.querySelectorAll<HTMLElement>('[data-step]'))) {
      step.scrollIntoView({ block: 'start' });
      const until = performance.now() + 5000;
      while (graphic.getAttribute('data-active-step') !== step.id && performance.now() < until) await frame();
      if (graphic.getAttribute('data-active-step') !== step.id) {
        failures.push(`${step.id}: never became the active step`);
        continue;
      }
      // ChartFrame raises small text after measuring its box: a frame after any resize.
      await frame();
      const scale = svg.getScreenCTM()!.a;
      const box = svg.getBoundingClientRect();
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        if (!drawn(t) || !t.textContent?.trim()) continue;
        texts++;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        const label = `${step.id}: "${t.textContent.trim().slice(0, 40)}"`;
        if (px < minPx - 0.01) failures.push(`${label} renders at ${px.toFixed(2)} px`);
        const r = t.getBoundingClientRect();
        if (inside && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
          failures.push(`${label} runs outside the chart (${r.left.toFixed(0)}–${r.right.toFixed(0)} × ${r.top.toFixed(0)}–${r.bottom.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)} × ${box.top.toFixed(0)}–${box.bottom.toFixed(0)})`);
        }
      }
    }
    return { texts, failures };
  }, { k, minPx, inside });
}

/** Every visible control the reader can tap that is smaller than `min` × `min` CSS px. */
export function smallTargets(page: Page, selector: string, min = 44): Promise<{ count: number; small: string[] }> {
  return page.evaluate(({ selector, min }) => {
    const small: string[] = [];
    let count = 0;
    for (const found of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      // A checkbox is tapped through its label, which is the target that counts.
      const el = found.matches('input[type=checkbox], input[type=radio]') ? (found.closest('label') ?? found) : found;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      count++;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        small.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" is ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
    }
    return { count, small };
  }, { selector, min });
}
