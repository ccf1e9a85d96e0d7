/**
 * Phones first: on every chapter, at 320×568, 390×844 and 430×932 with touch, the chart and the
 * text being read are on screen together, uncovered; chart text is readable; the header's controls
 * fit; every control is a thumb's size; landscape phones and tablets never overlap chart and text;
 * the address bar showing and hiding neither moves the pinned chart nor changes the step.
 * Runs once, in the desktop project (it sets its own devices). Reading pages are measured in both
 * editions (/<slug> and /zh/<slug>): Chinese text sets differently, so it is laid out on its own.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { EDITIONS, allEditionChapters, chapterSlugs } from './chapters';
import { scanChartText, scanScrolly, smallTargets } from './phone-measure';
import { deckWords } from '../../content/ui/deck';
import { wordsFor } from '../../lib/i18n/words';

/**
 * `inside`: every drawn label also lies wholly inside its chart, from the narrowest phone up (the
 * long notes wrap onto lines set for 320 px, where raised to 11 px they are widest).
 */
const PHONES = [
  { width: 320, height: 568, inside: true },
  { width: 390, height: 844, inside: true },
  { width: 430, height: 932, inside: true },
];
const WIDER = [
  { name: 'landscape phone', width: 844, height: 390, touch: true, sideBySide: true },
  { name: 'landscape phone', width: 932, height: 430, touch: true, sideBySide: true },
  { name: 'portrait tablet', width: 768, height: 1024, touch: true, sideBySide: false },
  { name: 'landscape tablet', width: 1024, height: 768, touch: true, sideBySide: true },
];
/** The bar: text at least 11 CSS px as rendered. */
const MIN_TEXT_PX = 11;
/**
 * Every control a thumb aims at. Glossary terms are left out as WCAG 2.5.8 leaves out targets in a
 * sentence: a word in a line of prose cannot be 44 px tall without breaking the line. Their
 * definition card's close button is measured in terms-and-figures.spec.ts.
 */
const TARGETS = 'button:not(.term-button), summary, .site-header a, .present-link, .chapter-menu-panel a';

const scrollyCount = (page: Page) => page.locator('.scrolly').count();

async function expectChartUncovered(page: Page, minShare: number, sideBySide = false) {
  const n = await scrollyCount(page);
  expect(n).toBeGreaterThanOrEqual(1);
  for (let k = 0; k < n; k++) {
    const ids = await page.locator('.scrolly').nth(k).locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
    const scan = await scanScrolly(page, k, { minShare, sideBySide });
    expect(scan.failures, `scrolly ${k}`).toEqual([]);
    // Every step was read (its text on screen) while it was the active one, chart checked each time.
    expect(scan.readSteps.sort(), `scrolly ${k}: steps read while active`).toEqual([...ids].sort());
    expect(scan.reading).toBeGreaterThanOrEqual(ids.length);
  }
}

async function expectReadableChartText(page: Page, inside = true) {
  for (let k = 0; k < (await scrollyCount(page)); k++) {
    const scan = await scanChartText(page, k, MIN_TEXT_PX, inside);
    expect(scan.failures, `scrolly ${k}`).toEqual([]);
    expect(scan.texts).toBeGreaterThan(5);
  }
}

for (const size of PHONES) {
  test.describe(`phone ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });

    for (const { path } of allEditionChapters()) {
      test(`${path}: while a step is read its chart is whole, uncovered and ≥ 40% of the screen`, async ({ page }) => {
        await page.goto(path);
        await expectChartUncovered(page, 0.4);
      });

      test(`${path}: every chart text renders at ≥ ${MIN_TEXT_PX} px${size.inside ? ', inside the chart' : ''}`, async ({ page }) => {
        await page.goto(path);
        await expectReadableChartText(page, size.inside);
      });

      test(`${path}: every button, header control and menu link is at least 44×44`, async ({ page }) => {
        await page.goto(path);
        const page1 = await smallTargets(page, TARGETS);
        expect(page1.small).toEqual([]);
        expect(page1.count).toBeGreaterThanOrEqual(4);
        await page.locator('.chapter-menu summary').click();
        await expect(page.locator('.chapter-menu-panel')).toBeVisible();
        const menu = await smallTargets(page, '.chapter-menu-panel a');
        expect(menu.small).toEqual([]);
        expect(menu.count).toBeGreaterThanOrEqual(chapterSlugs.length + 2);
      });
    }

    for (const { locale, prefix } of EDITIONS) test(`the header's controls in ${prefix || '/'} do not overlap, run off the screen or clip`, async ({ page }) => {
      await page.goto(`${prefix}/${chapterSlugs[0]}`);
      const boxes = await page.evaluate(() => {
        const pick = (sel: string) => {
          const el = document.querySelector<HTMLElement>(sel);
          if (!el || getComputedStyle(el).display === 'none') return null;
          const r = el.getBoundingClientRect();
          return { sel, left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped: el.scrollWidth > el.clientWidth + 1 };
        };
        return ['.site-title', '.site-chapter', '.language-switch', '.chapter-menu > summary', '.present-link'].map(pick).filter((b) => b !== null);
      });
      const vw = size.width;
      const expected = ['.site-title', '.language-switch', '.chapter-menu > summary', '.present-link'];
      expect(boxes.map((b) => b.sel)).toEqual(expect.arrayContaining(expected));
      for (const b of boxes) {
        expect(b.clipped, `${b.sel} is cut short`).toBe(false);
        expect(b.left, `${b.sel} left`).toBeGreaterThanOrEqual(0);
        expect(b.right, `${b.sel} right`).toBeLessThanOrEqual(vw);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${a.sel} overlaps ${b.sel}`).toBe(false);
        }
      }
      // The Present control may be an icon, but it keeps its name.
      await expect(page.getByRole('link', { name: wordsFor(deckWords, locale)['presentLink.label'] })).toBeVisible();
    });

    test('the data room and the deck fit the screen and their controls are thumb-sized', async ({ page }) => {
      for (const path of ['/data', `/present/${chapterSlugs[0]}`]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        const targets = await smallTargets(page, 'button, summary, .site-header a, select, input');
        expect(targets.small, path).toEqual([]);
      }
    });
  });
}

test.describe('the address bar (390×844 phone)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

  for (const { prefix } of EDITIONS) test(`showing and hiding it mid-scrolly in ${prefix || '/'} keeps the step and the chart where they are`, async ({ page }) => {
    await page.goto(`${prefix}/${chapterSlugs[0]}`);
    // Just past the moment the third step takes over: the most fragile place for a resize.
    const found = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const graphic = document.querySelector('.scrolly-graphic')!;
      const target = document.querySelectorAll('.scrolly')[0].querySelectorAll('[data-step]')[2];
      target.scrollIntoView({ block: 'end' });
      await frame();
      for (let i = 0; i < 400 && graphic.getAttribute('data-active-step') !== target.id; i++) {
        window.scrollBy(0, 4);
        await frame();
      }
      window.scrollBy(0, 4);
      await frame();
      return graphic.getAttribute('data-active-step') === target.id ? target.id : null;
    });
    expect(found).not.toBeNull();
    const state = () => page.evaluate(() => {
      const g = document.querySelector('.scrolly-graphic')!;
      return { step: g.getAttribute('data-active-step'), chartTop: g.querySelector('svg')!.getBoundingClientRect().top };
    });
    const before = await state();
    for (const height of [764, 844, 764, 844]) {
      await page.setViewportSize({ width: 390, height });
      await page.waitForFunction((h) => window.innerHeight === h, height);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await state();
      expect(now.step, `at ${height}`).toBe(before.step);
      expect(Math.abs(now.chartTop - before.chartTop), `chart top at ${height}`).toBeLessThanOrEqual(0.5);
    }
  });
});

for (const size of WIDER) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, reducedMotion: 'reduce' });

    test('the deck fits the screen and its controls are thumb-sized', async ({ page }) => {
      await page.goto(`/present/${chapterSlugs[0]}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const targets = await smallTargets(page, '.deck-controls > a, .deck-controls > button');
      expect(targets.small).toEqual([]);
      expect(targets.count).toBeGreaterThanOrEqual(5);
    });

    for (const { path } of allEditionChapters()) {
      test(`${path}: chart and step text never overlap, chart readable`, async ({ page }) => {
        await page.goto(path);
        await expectChartUncovered(page, size.sideBySide ? 0.5 : 0.4, size.sideBySide);
        await expectReadableChartText(page);
      });
    }
  });
}
