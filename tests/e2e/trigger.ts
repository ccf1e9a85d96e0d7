/**
 * Where the scroll engine puts its trigger line on the page as laid out now: in the text area under
 * a chart pinned above the steps (phones, portrait tablets), or 55% down beside them. Tests that
 * scroll a step to the line ask here, so they follow the engine's rule instead of copying it.
 */
import type { Page } from '@playwright/test';
import { chartAboveText, textAreaTrigger, triggerLine } from '../../components/story/engine';

export async function triggerAt(page: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect;
    return { chart: rect('.scrolly-graphic'), steps: rect('.scrolly-steps'), vh: window.innerHeight };
  });
  return chartAboveText(box.chart, box.steps) ? textAreaTrigger(box.chart.bottom, box.vh) : triggerLine(box.vh);
}

/** Scrolls so that the trigger line stands `share` of the way through step `id` (1: just finished). */
export async function scrollStepTo(page: Page, id: string, share: number): Promise<void> {
  const step = page.locator(`#${id}`);
  // The line is measured from the pinned chart, so the scrolly must hold the screen first; a page
  // already there is not moved (a test may be sampling the frames of this one scroll).
  await step.evaluate((el) => {
    const body = el.closest('.scrolly-body')!.getBoundingClientRect();
    if (!(body.top < 0 && body.bottom > window.innerHeight)) el.scrollIntoView({ block: 'start' });
  });
  const line = await triggerAt(page);
  await step.evaluate((el, [k, line]) => {
    const r = el.getBoundingClientRect();
    const at = k >= 1 ? r.bottom - 2 : r.top + r.height * k;
    window.scrollTo(0, at + window.scrollY - line);
  }, [share, line] as const);
}
