/**
 * The reading view of every chapter: the scroll engine, deep links, JavaScript-off and the page's
 * hygiene. Runs once per chapter on disk in each edition (/<slug> and /zh/<slug>), so a new
 * chapter or a new translation is covered without a new test.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, stepIds, scrollAndRecord } from './fixtures';
import { siteWords } from '../../content/ui/site';
import { wordsFor } from '../../lib/i18n/words';
import { localePath } from '../../lib/i18n/locale';
import { allEditionChapters, chapterSlugs } from './chapters';

const graphicOf = (page: Page, scrolly: number) => page.locator('.scrolly-graphic').nth(scrolly);
const scrollyCount = (page: Page) => page.locator('.scrolly').count();

test('every chapter in the story exists, in both editions', () => {
  expect(chapterSlugs.length).toBeGreaterThanOrEqual(1);
  expect(allEditionChapters().filter((c) => c.locale === 'zh').map((c) => c.slug)).toEqual(chapterSlugs);
});

const HAN = /\p{Script=Han}/u;

for (const { path: CHAPTER, locale } of allEditionChapters()) {
const w = wordsFor(siteWords, locale);

test.describe(`reading ${CHAPTER}`, () => {
  test('scrolling down passes through every step in order, and back up in reverse', async ({ page }) => {
    await page.goto(CHAPTER);
    const n = await scrollyCount(page);
    expect(n).toBeGreaterThanOrEqual(1);
    for (let k = 0; k < n; k++) {
      const ids = await stepIds(page, k);
      expect(ids.length).toBeGreaterThanOrEqual(5);
      expect(await scrollAndRecord(page, 'down', k)).toEqual(ids);
      expect(await scrollAndRecord(page, 'up', k)).toEqual([...ids].reverse());
    }
  });

  test('a fast jump to the bottom lands every scrolly on its last step', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (let k = 0; k < (await scrollyCount(page)); k++) {
      const ids = await stepIds(page, k);
      await expect(graphicOf(page, k)).toHaveAttribute('data-active-step', ids[ids.length - 1]);
    }
  });

  test('a reload in the middle of the page keeps the step being read', async ({ page }) => {
    await page.goto(CHAPTER);
    const ids = await stepIds(page);
    const target = ids[2];
    await page.locator(`#${target}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(graphicOf(page, 0)).toHaveAttribute('data-active-step', target);
    await page.reload();
    await expect(graphicOf(page, 0)).toHaveAttribute('data-active-step', target);
  });

  test('a deep link opens on its step with the chart in that step\'s state', async ({ page }) => {
    await page.goto(CHAPTER);
    for (let k = 0; k < (await scrollyCount(page)); k++) {
      const ids = await stepIds(page, k);
      const descriptions: string[] = [];
      for (const id of ids) {
        await page.goto(`${CHAPTER}#${id}`);
        await expect(graphicOf(page, k)).toHaveAttribute('data-active-step', id);
        await expect(page.locator(`#${id}`)).toBeInViewport();
        descriptions.push((await graphicOf(page, k).locator('[data-chart-description]').textContent()) ?? '');
      }
      // Each step draws its own state, so each deep link describes a different chart.
      expect(new Set(descriptions).size).toBe(ids.length);
    }
  });

  test('the chart\'s SVG differs between every pair of steps', async ({ page }) => {
    await page.goto(CHAPTER);
    for (let k = 0; k < (await scrollyCount(page)); k++) {
      const ids = await stepIds(page, k);
      const svgs: string[] = [];
      for (const id of ids) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await expect(graphicOf(page, k)).toHaveAttribute('data-active-step', id);
        svgs.push(await graphicOf(page, k).locator('svg').first().evaluate((s) => s.outerHTML));
      }
      expect(new Set(svgs).size).toBe(ids.length);
    }
  });

  test('has no accessibility violations (WCAG 2.2 AA)', async ({ page }) => {
    await page.goto(CHAPTER);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('does not scroll sideways', async ({ page }) => {
    await page.goto(CHAPTER);
    for (const y of [0, 0.5, 1]) {
      await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), y);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('a figure shows its source on keyboard focus and links to its data-room row', async ({ page }) => {
    await page.goto(CHAPTER);
    const fact = page.locator('.fact').first();
    const link = fact.locator('a');
    await link.focus();
    await expect(fact.locator('[role="tooltip"]')).toBeVisible();
    // The tooltip's words are the edition's: "Source:" in English, 来源： in Chinese.
    await expect(fact.locator('[role="tooltip"]')).toContainText(w['fact.tip'].split('{how}')[1].split('{publisher}')[0].trim());
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${localePath('/data', locale)}#[a-z0-9-]+$`));
    await page.goto(href!);
    await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
  });
});

test.describe(`${CHAPTER} with JavaScript off`, () => {
  test.use({ javaScriptEnabled: false });

  test('every step\'s text and an SVG chart are in the page', async ({ page, request }) => {
    await page.goto(CHAPTER);
    const n = await scrollyCount(page);
    const html = await (await request.get(CHAPTER)).text();
    for (let k = 0; k < n; k++) {
      const ids = await stepIds(page, k);
      expect(ids.length).toBeGreaterThanOrEqual(5);
      for (const id of ids) await expect(page.locator(`#${id} .step-card`)).not.toBeEmpty();
      // A chart per scrolly, drawn on the server, with marks in it.
      await expect(graphicOf(page, k).locator('svg[role="img"]')).toHaveCount(1);
      expect(await graphicOf(page, k).locator('svg :is(rect, path, circle, line)').count()).toBeGreaterThan(2);
      expect(html).toContain(`data-active-step="${ids[0]}"`);
    }
    // The text is the edition's own: Chinese steps are written in Chinese.
    if (locale === 'zh') for (const id of await stepIds(page)) expect(await page.locator(`#${id} .step-card`).textContent()).toMatch(HAN);
    // Chapter links work without JavaScript, and stay in the edition.
    await expect(page.locator('.chapter-nav a').first()).toHaveAttribute('href', locale === 'en' ? /^\// : /^\/zh(\/|$)/);
  });
});
}
