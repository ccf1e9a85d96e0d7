/** Cover, 404 and the data room's basics. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { story } from '../../content/story';
import { newestPeriod } from '../../lib/as-of';
import { formatDate } from '../../lib/registry/format';

test('the cover has the title, standfirst, the newest period and the research date apart, and a chapter list with no broken links', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('The Last Big Bet');
  await expect(page.locator('.cover-standfirst')).not.toBeEmpty();
  // Two things apart: the period of the newest figure (from the registry) and the research date.
  const asOf = page.locator('[data-as-of]');
  await expect(asOf).toBeVisible();
  await expect(asOf).toContainText(`Newest figures: ${newestPeriod()}.`);
  await expect(asOf).toContainText(`Research last checked: ${formatDate(story.figuresAsOf)}.`);
  await expect(asOf).not.toContainText('Figures as of');
  await expect(page.locator('.chapter-list li')).toHaveCount(6);
  const hrefs = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('an unknown path gets a real 404 page with the chapter list', async ({ page, watch }) => {
  watch.allow.push(/status of 404/);
  const res = await page.goto('/no-such-chapter');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('.chapter-list a').first()).toBeVisible();
});
