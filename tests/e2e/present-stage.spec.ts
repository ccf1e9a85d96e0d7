/** Presenter mode: the stage on any screen, the projector theme, charts in their reading states, accessibility. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, stepIds } from './fixtures';
import { CHAPTER, stage, slideOf, slideKeys, chartState, openDeck, settled } from './deck';
import { triggerAt } from './trigger';

test.describe('stage', () => {
  for (const [width, height] of [[1024, 768], [1920, 1080], [3840, 2160]]) {
    test(`fits ${width}×${height}: 16:9, letterboxed, no scrollbars, no text outside the stage on any slide`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openDeck(page);
      const keys = await slideKeys(page);
      for (const key of keys) {
        await expect(slideOf(page)).toHaveAttribute('data-slide', key);
        const report = await page.evaluate(() => {
          const stageEl = document.querySelector('.deck-stage')!;
          const s = stageEl.getBoundingClientRect();
          const doc = document.documentElement;
          const outside: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('.deck-root')!, NodeFilter.SHOW_TEXT);
          // Text the audience cannot see (a mark faded out for this state) is not text on the screen.
          const invisible = (el: Element | null) => {
            for (let e = el; e && e !== document.body; e = e.parentElement) if (parseFloat(getComputedStyle(e).opacity) === 0) return true;
            return false;
          };
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim() || n.parentElement?.closest('.sr-only, .handout, title, desc') || invisible(n.parentElement)) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects())
              if (r.width > 0 && (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1)) outside.push(n.textContent.trim().slice(0, 40));
          }
          const caption = stageEl.querySelector('.slide-caption');
          return {
            ratio: s.width / s.height,
            fits: s.width <= innerWidth + 0.5 && s.height <= innerHeight + 0.5,
            letterboxed: Math.abs(s.width - innerWidth) < 1 || Math.abs(s.height - innerHeight) < 1,
            scroll: [doc.scrollWidth - doc.clientWidth, doc.scrollHeight - doc.clientHeight],
            clipped: caption ? caption.scrollHeight - caption.clientHeight : 0,
            outside,
          };
        });
        expect(report.ratio, key).toBeCloseTo(16 / 9, 2);
        expect(report.fits && report.letterboxed, key).toBe(true);
        expect(report.scroll, key).toEqual([0, 0]);
        expect(report.clipped, `${key}: caption cut off`).toBeLessThanOrEqual(1);
        expect(report.outside, key).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  test('the projector theme: large caption type, text contrast of at least 7:1 on every slide', async ({ page }) => {
    test.setTimeout(300_000); // an axe contrast pass on each of the deck's slides, one after another
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    const size = await stage(page).locator('.slide-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    const width = await stage(page).locator('.c-zero').first().evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    expect(width).toBeGreaterThanOrEqual(2.5);
    await page.keyboard.press('Home');
    for (const key of await slideKeys(page)) {
      await expect(slideOf(page)).toHaveAttribute('data-slide', key);
      await settled(page);
      const axe = await new AxeBuilder({ page }).include('.deck-stage .slide').withRules(['color-contrast-enhanced']).analyze();
      expect(axe.violations.map((v) => `${key}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('with reduced motion, slides and charts change state without animating', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    await page.keyboard.press('ArrowRight');
    const motion = await stage(page).evaluate((el) => ({
      caption: getComputedStyle(el.querySelector('.slide-caption')!).animationDuration,
      mark: getComputedStyle(el.querySelector('.mark')!).transitionDuration.split(',').map((d) => d.trim()),
    }));
    expect(motion.caption).toBe('0s');
    expect(new Set(motion.mark)).toEqual(new Set(['0s']));
  });

  test('a caption longer than its box shrinks until it fits, before it is painted, never below half size', async ({ page }) => {
    // No caption of the story overflows today (the server sizes them by length), so the test makes
    // one: it adds paragraphs to the caption on screen, which grows its box to its maximum height.
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    await settled(page);
    const caption = stage(page).locator('.slide-caption:not([data-leaving])');
    const fitOf = () => caption.evaluate((el) => parseFloat((el as HTMLElement).style.getPropertyValue('--fit')));
    const before = await fitOf();
    const painted = await caption.evaluate((el) => new Promise<{ clipped: number }>((done) => {
      const text = el.querySelector('p')!.textContent!;
      for (let i = 0; i < 3; i++) el.append(Object.assign(document.createElement('p'), { textContent: text }));
      // What the next frame paints: measured in its animation callback's following task.
      requestAnimationFrame(() => setTimeout(() => done({ clipped: el.scrollHeight - el.clientHeight })));
    }));
    expect(painted.clipped, 'the caption is cut off in the frame after it grew').toBeLessThanOrEqual(1);
    const after = await fitOf();
    expect(after, 'the caption was made smaller').toBeLessThan(before);
    expect(after).toBeGreaterThanOrEqual(before * 0.5 - 1e-9);
  });

  test('each slide\'s chart is in the state it has at the same step when scrolling', async ({ page }) => {
    await page.goto(`/${CHAPTER}`);
    const ids = await stepIds(page);
    const reading: string[] = [];
    for (const id of ids) {
      // Scrolled to the end of the step: the reader has read it all (progress 1, as in the deck).
      // The trigger line is where the engine puts it for this layout (in the text area on phones).
      await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const line = await triggerAt(page);
      await page.locator(`#${id}`).evaluate((el, line) => {
        const bottom = el.getBoundingClientRect().bottom + window.scrollY;
        window.scrollTo(0, bottom - line - 2);
      }, line);
      await expect(page.locator('.scrolly-graphic').first()).toHaveAttribute('data-active-step', id);
      reading.push(await chartState(page.locator('.scrolly-graphic svg').first()));
    }
    await openDeck(page, `/present/${CHAPTER}#${ids[0]}`);
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', id);
      expect(await chartState(stage(page).locator('svg[role="img"]')), id).toBe(reading[i]);
    }
    expect(new Set(reading).size).toBe(ids.length);
  });
});


test.describe('accessibility', () => {
  const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const ids = (r: Awaited<ReturnType<typeof axe>>) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  test('the deck, its overview and its key map have no violations (WCAG 2.2 AA)', async ({ page }) => {
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    await settled(page);
    // The controls fade out two seconds after the mouse last moved, which can fall in the middle of
    // axe's run; focus inside them keeps them shown, so their contrast is measured at rest.
    await page.locator('.deck-controls > a, .deck-controls > button').first().focus();
    expect(ids(await axe(page))).toEqual([]);
    // Each dialog is checked once it has finished opening, as the reader sees it: axe measures the
    // contrast of text that is still fading in (the deck bar's language link under load) as it is.
    const finished = () => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
    await page.keyboard.press('o');
    await expect(page.locator('.deck-overview')).toBeVisible();
    await finished();
    expect(ids(await axe(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.locator('.deck-help')).toBeVisible();
    await finished();
    expect(ids(await axe(page))).toEqual([]);
  });

  test('the speaker view and the handout have no violations', async ({ page }) => {
    await page.goto('/present/speaker#why-a-loss');
    await expect(page.locator('.speaker-current [data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
    expect(ids(await axe(page))).toEqual([]);
    await page.goto('/present/speaker?print');
    await expect(page.locator('.handout')).toBeVisible();
    expect(ids(await axe(page))).toEqual([]);
  });
});

test.describe('drawing ahead', () => {
  test("a chapter's title slide draws its first chart hidden, and the press to the first step reveals that same chart", async ({ page }) => {
    await openDeck(page, `/present#${CHAPTER}`);
    const ahead = slideOf(page).locator('.slide-graphic');
    await expect(ahead).toBeAttached();
    await expect(ahead).toBeHidden();
    await expect(ahead).toHaveAttribute('aria-hidden', 'true');
    await expect(ahead).not.toHaveAttribute('data-active-step', /.*/);
    await ahead.locator('figure').evaluate((f) => ((window as unknown as { __ahead: Element }).__ahead = f));
    await page.keyboard.press('ArrowRight');
    const shown = slideOf(page).locator('.slide-graphic');
    await expect(shown).toBeVisible();
    await expect(shown).toHaveAttribute('data-active-step', /.+/);
    expect(await shown.locator('figure').evaluate((f) => f === (window as unknown as { __ahead: Element }).__ahead)).toBe(true);
  });
});
