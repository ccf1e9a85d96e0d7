/**
 * Issue 15, part A, in the browser: glossary terms open their definitions by pointer, touch and
 * keyboard, with JavaScript on and off; the figures added to the registry are printed where the
 * story needs them and listed in the data room; the launch chart draws the derived Q4 2025 bar.
 * The glossary tests run in both editions: a /zh term opens its Chinese definition (content/zh/
 * glossary.ts), and a /zh figure prints its Chinese form with a Chinese tooltip.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { glossary, type TermId } from '../../content/glossary';
import { glossaryZh } from '../../content/zh/glossary';
import type { ChapterSlug } from '../../content/story';
import { chapterModel } from '../../lib/chapter-model';
import { localePath, type Locale } from '../../lib/i18n/locale';
import { getFact } from '../../lib/registry';
import { formatValue } from '../../lib/registry/format';
import { EDITIONS } from './chapters';

const glossaryOf = (locale: Locale) => (locale === 'zh' ? glossaryZh : glossary);
/** The words a chapter marks as a term, read from the chapter itself (its first use). */
const termText = (slug: ChapterSlug, id: TermId, locale: Locale) => chapterModel(slug, locale).terms.find((t) => t.id === id && !t.inNotes)!.text;

const isOpen = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => el.matches(':popover-open'));

async function firstTerm(page: Page, termId: string) {
  const term = page.locator(`.term[data-term="${termId}"]`).first();
  const button = term.locator('.term-button');
  const popId = (await button.getAttribute('popovertarget'))!;
  return { term, button, popId };
}

for (const { locale, prefix } of EDITIONS) for (const javaScriptEnabled of [true, false]) {
  test.describe(`glossary terms in ${prefix || '/'}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a term opens its definition on a click and closes with Escape or its close button', async ({ page }) => {
      await page.goto(localePath('/loss-per-car', locale));
      const { button, popId } = await firstTerm(page, 'adjusted-net-loss');
      await expect(button).toHaveText(termText('loss-per-car', 'adjusted-net-loss', locale));
      expect(await isOpen(page, popId)).toBe(false);
      await button.click();
      await expect.poll(() => isOpen(page, popId)).toBe(true);
      await expect(page.locator(`#${popId}`)).toContainText(glossaryOf(locale)['adjusted-net-loss'].definition);
      await expect(page.locator(`#${popId} .term-name`)).toContainText(glossaryOf(locale)['adjusted-net-loss'].term);
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page, popId)).toBe(false);
      await button.click();
      await expect.poll(() => isOpen(page, popId)).toBe(true);
      const close = page.locator(`#${popId} .term-close`);
      const box = (await close.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      await close.click();
      await expect.poll(() => isOpen(page, popId)).toBe(false);
    });
  });
}

for (const { locale, prefix } of EDITIONS) {
test(`a term in ${prefix || '/'} opens from the keyboard and is described to screen readers without opening`, async ({ page }) => {
  await page.goto(localePath('/the-bet', locale));
  const { button, popId } = await firstTerm(page, 'segment');
  await expect(button).toHaveAccessibleDescription(new RegExp(glossaryOf(locale).segment.definition.slice(0, 40).replace(/[()（）]/g, '.')));
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => isOpen(page, popId)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => isOpen(page, popId)).toBe(false);
});

test(`a term in ${prefix || '/'} opens on a tap on a phone`, async ({ browser, baseURL }) => {
  // Its own touch context, so the test means the same in every project.
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  try {
    await page.goto(localePath('/the-launch', locale));
    await page.locator('.scrolly[data-ready]').first().waitFor();
    const { button, popId } = await firstTerm(page, 'nev');
    await button.tap();
    await expect.poll(() => isOpen(page, popId)).toBe(true);
    await expect(page.locator(`#${popId}`)).toBeInViewport();
  } finally {
    await context.close();
  }
});
}

test('a /zh figure prints its Chinese form, with a Chinese tooltip and a link to the Chinese data room', async ({ page }) => {
  // The Chinese chapter's first figure, read from the chapter, printed as the registry prints it in Chinese.
  const first = chapterModel('the-bet', 'zh').facts.find((f) => !f.inNotes)!;
  const fact = getFact(first.id);
  await page.goto(localePath('/the-bet', 'zh'));
  const el = page.locator('main .fact').first();
  await expect(el).toHaveAttribute('data-fact', first.id);
  const link = el.locator('.fact-value');
  await expect(link).toHaveText(formatValue({ ...fact, value: first.abs && typeof fact.value === 'number' ? Math.abs(fact.value) : fact.value }, { locale: 'zh' }));
  await expect(link).toHaveAttribute('href', `/zh/data#${first.id}`);
  await link.focus();
  const tip = el.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('来源：');
  await expect(tip).not.toContainText(/Source|sources? (agree|differ)|one source/);
  expect(await tip.textContent()).toMatch(/\p{Script=Han}/u);
});

test('the launch prints and draws Q4 2025 as the derived figure the headwinds chapter uses', async ({ page }) => {
  const q4 = getFact('deliveries-2025q4-derived');
  expect(q4.status.kind).toBe('derived');
  await page.goto('/the-launch#launch-phase-two');
  const graphic = page.locator('.scrolly-graphic').first();
  await expect(graphic).toHaveAttribute('data-active-step', 'launch-phase-two');
  await expect(page.locator('#launch-phase-two [data-fact="deliveries-2025q4-derived"] .fact-value')).toHaveText(q4.text);
  await expect(page.locator('#launch-phase-two')).not.toContainText('left empty');
  const bar = graphic.locator('rect[data-derived="deliveries-2025q4-derived"]');
  await expect.poll(() => bar.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
  await expect.poll(async () => Number(await bar.getAttribute('height'))).toBeGreaterThan(0);
  // The headwinds chapter prints the same registry fact.
  await page.goto('/headwinds');
  await expect(page.locator('[data-fact="deliveries-2025q4-derived"] .fact-value').first()).toHaveText(q4.text);
});

test('the new figures are printed in their chapters and listed in the data room', async ({ page }) => {
  const printed: [string, string][] = [
    ['/the-bet', 'investment-share-of-pledge'],
    ['/the-bet', 'usd-cny-rate-2025-08'],
    ['/loss-per-car', 'per-car-derived-2024fy'],
    ['/loss-per-car', 'segment-result-2026q1'],
    ['/the-launch', 'yu7-deliveries-six-months'],
    ['/the-launch', 'yu7-vs-su7-six-months'],
    ['/the-launch', 'su7-first-generation-deliveries'],
    ['/the-launch', 'su7-new-generation-due'],
    ['/the-launch', 'deliveries-2025-12'],
    ['/the-launch', 'deliveries-2026-01'],
  ];
  for (const [path, id] of printed) {
    await page.goto(path);
    await expect(page.locator(`[data-fact="${id}"]`).first(), `${id} in ${path}`).toBeVisible();
  }
  await page.goto('/data');
  for (const [, id] of printed) {
    const row = page.locator(`tr[id="${id}"]`);
    await expect(row, id).toHaveCount(1);
    await expect(row).toContainText(getFact(id).text.replace(/^about |^more than /, ''));
  }
  // The pledge share shows its formula, and its stated exchange rate is an input one link away.
  await expect(page.locator('tr[id="investment-share-of-pledge"]')).toContainText('× 100');
  await expect(page.locator('tr[id="planned-investment-rmb-2025-rate"] a[href="#usd-cny-rate-2025-08"]')).toHaveCount(1);
});

test('the loss per car is said to work out at a figure, never that Xiaomi lost it on each car', async ({ page }) => {
  await page.goto('/loss-per-car');
  const card = page.locator('#q2-2024-loss');
  await expect(card).toContainText(`works out at ${getFact('per-car-derived-2024q2').text.replace('−', '')}`);
  await expect(page.locator('main')).not.toContainText(/lost about|spring quarter|summer quarter|not in doubt/);
  await expect(page.locator('.scrolly-graphic svg desc').first()).toContainText('works out at about');
});
