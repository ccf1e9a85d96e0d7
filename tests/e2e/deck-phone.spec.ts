/**
 * The deck's overview on a phone held upright. The stage takes a phone's own layout (caption above
 * the chart, text sized for the hand); the overview's thumbnails must not, or each would show a
 * cropped kicker and no chart, and opening the overview would shrink every overflowing caption step
 * by step, one forced layout a step (268 layouts; the first frame came too late for the morph).
 * Runs once, in the desktop project (it sets its own device), in both editions.
 */
import { test, expect } from './fixtures';
import { EDITIONS } from './chapters';
import { openDeck } from './deck';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

for (const { prefix } of EDITIONS) {
  test(`${prefix || '/'}: the overview shows every slide as a miniature of the projector's, and opens in a handful of layouts`, async ({ page }) => {
    await openDeck(page, `${prefix}/present/loss-per-car`);
    // The stage itself keeps the phone's layout: the chart below the caption.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-live > .slide')).toHaveAttribute('data-kind', 'step');
    const stage = await page.locator('.deck-live > .slide').evaluate((slide) => {
      const caption = slide.querySelector('.slide-caption')!.getBoundingClientRect();
      const graphic = slide.querySelector('.slide-graphic')!.getBoundingClientRect();
      return { below: graphic.top >= caption.bottom - 1 };
    });
    expect(stage.below, 'on the stage, the chart sits below the caption').toBe(true);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const layouts = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'LayoutCount')!.value;
    const before = await layouts();
    await page.keyboard.press('o');
    await expect(page.locator('.deck-overview')).toBeVisible();
    // Two frames after it is shown: any caption still being fitted would be fitted by then.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const opened = (await layouts()) - before;
    expect(opened, 'layouts to open the overview').toBeLessThanOrEqual(20);

    const thumbs = await page.locator('.overview-thumb > .slide[data-kind="step"]').evaluateAll((slides) => slides.map((slide) => {
      const box = slide.getBoundingClientRect();
      const caption = slide.querySelector<HTMLElement>('.slide-caption')!;
      const c = caption.getBoundingClientRect();
      const g = slide.querySelector('.slide-graphic')!.getBoundingClientRect();
      return {
        key: (slide as HTMLElement).dataset.slide,
        // The projector's layout: caption on the left, chart on the right taking most of the height.
        sideBySide: g.left >= c.right - 1,
        chartHeight: g.height / box.height,
        // Caption type in proportion to the slide, as on the projector (2.15 % of its width at most).
        captionScale: parseFloat(getComputedStyle(caption).fontSize) / box.width,
        overflows: caption.scrollHeight > caption.clientHeight + 1,
      };
    }));
    expect(thumbs.length).toBeGreaterThan(30);
    for (const t of thumbs) {
      expect(t.sideBySide, `${t.key}: chart beside the caption`).toBe(true);
      expect(t.chartHeight, `${t.key}: chart height`).toBeGreaterThan(0.6);
      expect(t.captionScale, `${t.key}: caption size`).toBeLessThanOrEqual(0.0216);
      expect(t.overflows, `${t.key}: caption cut off`).toBe(false);
    }
  });
}
