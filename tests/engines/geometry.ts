/**
 * Measures what a reader sees while a chart moves from one step's state to the next: the rendered
 * geometry (getBBox, which follows CSS geometry properties and script-driven attributes alike) of
 * every rect and path in the chart, on every frame from the step change until the chart is still.
 * Runs inside the page (sent as source text), so it must be self-contained.
 */

export interface MarkChange {
  tag: 'rect' | 'path';
  /** Which mark: its class and position among the chart's marks of that tag. */
  mark: string;
  /** The bounding-box coordinate that moved most: x, y, width or height. */
  coordinate: string;
  from: number;
  to: number;
  /** Sampled values strictly between from and to (beyond a small tolerance). */
  between: number[];
}

export interface StepChange {
  scrolly: number;
  from: string;
  to: string;
  frames: number;
  sampledMs: number;
  changes: MarkChange[];
}

/**
 * For each pair of consecutive steps of each scrolly on the page, in order: sits the reader at the
 * first step until the chart is still, moves to the next (one instant scroll, so nothing but the
 * chart's own animation can produce in-between states), and samples every frame until the chart
 * has moved and is still again. Sampling to stillness rather than for a fixed time keeps a slow
 * machine fair: an animation driven by script advances only on frames, and a busy engine may paint
 * three frames a second. Returns the first step change where a visible rect and a visible path both
 * move, or null when the page has none.
 */
export async function firstStepChange(triggerRatio: number): Promise<StepChange | null> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const COORDS = ['x', 'y', 'width', 'height'];
  /** Frames in a row without change that count as still. */
  const STILL = 10;
  const geometry = (el: SVGGraphicsElement): number[] | null => {
    if (!el.isConnected) return null;
    const b = el.getBBox();
    return [b.x, b.y, b.width, b.height];
  };
  const opacity = (el: Element | null): number => {
    let o = 1;
    for (let n = el; n && n.tagName.toLowerCase() !== 'svg'; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
    return o;
  };
  const snapshot = (marks: SVGGraphicsElement[]) => JSON.stringify(marks.map((m) => [geometry(m), m.isConnected ? opacity(m) : 0]));
  const place = (step: Element) => {
    // The step's middle on the trigger line: that step, and only it, is the one being read.
    const b = step.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + b.top + b.height / 2 - window.innerHeight * triggerRatio);
  };
  const untilActive = async (graphic: Element, id: string) => {
    const t0 = performance.now();
    while (graphic.getAttribute('data-active-step') !== id) {
      if (performance.now() - t0 > 10_000) throw new Error(`step ${id} did not activate (active: ${graphic.getAttribute('data-active-step')})`);
      await frame();
    }
  };
  const untilStill = async (marks: SVGGraphicsElement[]) => {
    let last = snapshot(marks);
    for (let still = 0, t0 = performance.now(); still < STILL && performance.now() - t0 < 10_000;) {
      await frame();
      const now = snapshot(marks);
      still = now === last ? still + 1 : 0;
      last = now;
    }
  };

  const scrollies = Array.from(document.querySelectorAll('.scrolly'));
  for (let k = 0; k < scrollies.length; k++) {
    const graphic = scrollies[k].querySelector('.scrolly-graphic')!;
    const steps = Array.from(scrollies[k].querySelectorAll('[data-step]'));
    const svg = graphic.querySelector('svg')!;
    const marksNow = () => Array.from(svg.querySelectorAll<SVGGraphicsElement>('rect, path'));
    place(steps[0]);
    await untilActive(graphic, steps[0].id);
    await untilStill(marksNow());
    for (let i = 0; i + 1 < steps.length; i++) {
      const target = steps[i + 1].id;
      const marks = marksNow();
      const start = marks.map(geometry) as number[][];
      const startOpacity = marks.map(opacity);
      const startKey = snapshot(marks);
      place(steps[i + 1]);
      const samples: (number[] | null)[][] = [];
      const t0 = performance.now();
      let activeAt: number | null = null;
      let moved = false;
      let last = startKey;
      for (let still = 0; ;) {
        await frame();
        samples.push(marks.map(geometry));
        const now = snapshot(marks);
        const t = performance.now();
        if (activeAt === null && graphic.getAttribute('data-active-step') === target) activeAt = t;
        moved ||= now !== startKey;
        still = now === last ? still + 1 : 0;
        last = now;
        // Done once the chart has moved and come to rest, or (nothing on it moves) well after the step changed.
        if (moved && still >= STILL) break;
        if (!moved && activeAt !== null && still >= STILL && t - activeAt > 1500) break;
        if (t - t0 > 15_000) break;
      }
      const sampledMs = Math.round(performance.now() - t0);
      await untilActive(graphic, target);
      const changes: MarkChange[] = [];
      const seen: Record<string, number> = {};
      marks.forEach((m, j) => {
        const tag = m.tagName.toLowerCase() as 'rect' | 'path';
        const nth = (seen[tag] = (seen[tag] ?? -1) + 1);
        const end = geometry(m);
        if (!end || Math.max(startOpacity[j], opacity(m)) === 0) return;
        const delta = end.map((v, c) => v - start[j][c]);
        const c = delta.reduce((best, d, idx) => (Math.abs(d) > Math.abs(delta[best]) ? idx : best), 0);
        if (Math.abs(delta[c]) < 2) return;
        const lo = Math.min(start[j][c], end[c]);
        const hi = Math.max(start[j][c], end[c]);
        const tolerance = Math.max(0.25, (hi - lo) * 0.03);
        const between = samples.map((s) => s[j]?.[c]).filter((v): v is number => v !== undefined && v > lo + tolerance && v < hi - tolerance);
        changes.push({ tag, mark: `${tag}.${m.getAttribute('class') ?? ''}#${nth}`, coordinate: COORDS[c], from: start[j][c], to: end[c], between });
      });
      if (changes.some((c) => c.tag === 'rect') && changes.some((c) => c.tag === 'path')) {
        return { scrolly: k, from: steps[i].id, to: target, frames: samples.length, sampledMs, changes };
      }
    }
  }
  return null;
}
