/**
 * The data room (/data) and the downloads: every figure with its sources, links both ways between
 * chapters and rows, the files built at export time, and the table's keyboard controls.
 * Chapters are found the way the site finds them (story order, files on disk), so chapters added
 * later are covered without touching this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { story } from '../../content/story';
import { registry } from '../../lib/registry';
import { formatDate } from '../../lib/registry/format';
import { newestPeriod } from '../../lib/as-of';
import { parseCsvRecords } from '../../lib/data-room/csv';
import { periodSortKey } from '../../lib/data-room/period';
import { CHART_SPECS } from '../../lib/charts/specs';

const WRITTEN = story.chapters.filter((slug) => fs.existsSync(path.join('content', 'chapters', `${slug}.mdx`)));
const FACT_IDS = [...registry.facts.keys()];
const rows = (page: Page) => page.locator('tr[data-fact-row]');
const hydrated = (page: Page) => expect(page.locator('.fact-table[data-hydrated]')).toBeVisible();

test('facts.csv and facts.json parse and hold every registry entry, each with at least one source', async ({ request }) => {
  const csvRes = await request.get('/data/facts.csv');
  expect(csvRes.status()).toBe(200);
  expect(csvRes.headers()['content-type']).toMatch(/^text\/csv/);
  const csv = parseCsvRecords(await csvRes.text());
  expect(csv.map((r) => r.id).sort()).toEqual([...FACT_IDS].sort());
  for (const r of csv) {
    expect(r.sources, r.id).not.toBe('');
    expect(r.value, r.id).toBe(String(registry.getFact(r.id).value));
  }

  const jsonRes = await request.get('/data/facts.json');
  expect(jsonRes.status()).toBe(200);
  expect(jsonRes.headers()['content-type']).toMatch(/^application\/json/);
  const json = (await jsonRes.json()) as { figuresAsOf: string; facts: { id: string; sources: { publisher: string; title: string; date: string }[] }[] };
  expect(json.figuresAsOf).toBe(story.figuresAsOf);
  expect(json.facts.map((f) => f.id).sort()).toEqual([...FACT_IDS].sort());
  for (const f of json.facts) {
    expect(f.sources.length, f.id).toBeGreaterThan(0);
    for (const s of f.sources) expect(Boolean(s.publisher && s.title && s.date), f.id).toBe(true);
  }
});

test('every chart has a CSV download, served as CSV', async ({ request }) => {
  for (const name of Object.keys(CHART_SPECS)) {
    const res = await request.get(`/data/charts/${name}.csv`);
    expect(res.status(), name).toBe(200);
    expect(res.headers()['content-type'], name).toMatch(/^text\/csv/);
    expect(parseCsvRecords(await res.text()).length, name).toBeGreaterThan(0);
  }
});

for (const slug of WRITTEN) {
  test(`/${slug}: each chart's "Download the data" gives exactly the numbers in its data table`, async ({ page, request }) => {
    await page.goto(`/${slug}`);
    const scrollies = page.locator('.scrolly');
    const count = await scrollies.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const chart = (await scrollies.nth(i).getAttribute('data-chart'))!;
      const link = scrollies.nth(i).locator(`a[data-chart-csv="${chart}"]`);
      await expect(link).toHaveText('Download the data');
      const href = (await link.getAttribute('href'))!;
      // What the chart draws, as its data table prints it: each linked cell is one point.
      const drawn = await scrollies.nth(i).locator(`[data-chart-table="${chart}"] a[href^="/data#"]`).evaluateAll((as) =>
        as.map((a) => `${a.getAttribute('href')!.slice('/data#'.length)} ${a.textContent}`),
      );
      const csv = parseCsvRecords(await (await request.get(href)).text());
      expect(csv.every((r) => r.chart === chart)).toBe(true);
      expect(csv.map((r) => `${r.fact_id} ${r.text}`).sort()).toEqual(drawn.sort());
      // The link is a real download a reader can click (nothing covers it).
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${chart}.csv`);
    }
  });
}

test('every fact link from every chapter lands on a row that lists that chapter', async ({ page }) => {
  expect(WRITTEN.length).toBeGreaterThan(0);
  const linked = new Map<string, Set<string>>();
  for (const slug of WRITTEN) {
    await page.goto(`/${slug}`);
    const ids = await page.locator('a[href^="/data#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice('/data#'.length)));
    expect(ids.length, slug).toBeGreaterThan(0);
    for (const id of ids) linked.set(id, (linked.get(id) ?? new Set()).add(slug));
  }
  await page.goto('/data');
  const usedIn = await rows(page).evaluateAll((trs) =>
    Object.fromEntries(trs.map((tr) => [tr.id, [...tr.querySelectorAll('td[data-label="Used in"] a')].map((a) => a.getAttribute('href'))])),
  );
  for (const [id, slugs] of linked) {
    expect(usedIn[id], `row for ${id}`).toBeDefined();
    for (const slug of slugs) expect(usedIn[id].some((h) => h === `/${slug}` || h!.startsWith(`/${slug}#`)), `${id} lists /${slug}`).toBe(true);
  }
});

test('a figure in a chapter is two clicks from its source', async ({ page }) => {
  await page.goto(`/${WRITTEN[0]}`);
  const fact = page.locator('.fact a').first();
  const id = (await fact.getAttribute('href'))!.split('#')[1];
  await fact.click();
  await expect(page).toHaveURL(new RegExp(`/data#${id}$`));
  const row = page.locator(`tr[id="${id}"]`);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(row.locator('td[data-label="Sources"] .cites li').first()).toBeVisible();
});

test('each row shows its figure, every alternative with its sources, and its formula\'s inputs', async ({ page }) => {
  await page.goto('/data');
  await expect(rows(page)).toHaveCount(FACT_IDS.length);
  const rendered = await rows(page).evaluateAll((trs) => trs.map((tr) => ({
    id: tr.id,
    value: tr.querySelector('td[data-label="Value"]')!.textContent,
    sources: tr.querySelectorAll('td[data-label="Sources"] .cites li').length,
    alternatives: [...tr.querySelectorAll('.alternatives > li')].map((li) => li.querySelectorAll('.cites li').length),
    inputs: [...tr.querySelectorAll('.formula a')].map((a) => a.getAttribute('href')),
  })));
  for (const r of rendered) {
    const f = registry.getFact(r.id);
    expect(r.value, r.id).toBe(f.text);
    expect(r.sources, r.id).toBe(f.sources.length);
    if (f.status.kind === 'differ') expect(r.alternatives, r.id).toEqual(f.status.alternatives.map((a) => a.sources.length));
    if (f.status.kind === 'derived') expect(r.inputs, r.id).toEqual(f.status.formula.inputs.map((i) => `#${i}`));
  }
});

test('the methods section explains the segment, the change of measure, per-car figures and the date', async ({ page }) => {
  await page.goto('/data');
  const methods = page.locator('section.methods');
  await expect(methods).toContainText('Smart EV and other new initiatives');
  await expect(methods).toContainText('Smart EV, AI and other new initiatives');
  await expect(methods).toContainText('adjusted net loss');
  await expect(methods).toContainText('operating');
  await expect(methods).toContainText(`The newest figures are for ${newestPeriod()}. Every figure was last checked against its sources on ${formatDate(story.figuresAsOf)}`);
  const derived = [...registry.facts.values()].filter((f) => f.status.kind === 'derived');
  const printed = methods.locator('table').nth(1).locator('tbody tr td:last-child');
  await expect(printed).toHaveText(derived.map((f) => f.text));
});

test('the data room has no accessibility violations (WCAG 2.2 AA)', async ({ page }) => {
  // A full scan of every row (thousands of text nodes and links for color-contrast and
  // link-in-text-block) takes 10 s on an idle machine and over a minute on a busy one.
  test.setTimeout(180_000);
  await page.goto('/data');
  await hydrated(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a 390×844 phone the page never scrolls sideways and rows are cards', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/data');
  await hydrated(page);
  for (const y of [0, 0.25, 0.5, 0.75, 1]) {
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `at ${y}`).toBeLessThanOrEqual(0);
  }
  const box = (await rows(page).first().boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

/** Row ids and period keys per group, as shown. */
async function periodsByGroup(page: Page): Promise<number[][]> {
  const groups = await page.locator('.data-table tbody').evaluateAll((bodies) =>
    bodies.map((b) => [...b.querySelectorAll('tr[data-fact-row] td[data-label="Period"]')].map((td) => td.textContent!)),
  );
  return groups.map((g) => g.map(periodSortKey));
}
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] <= x);
const descending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] >= x);

test.describe('on a desktop screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the column headers sort by keyboard, both ways, and say so', async ({ page }) => {
    await page.goto('/data');
    await hydrated(page);
    const button = page.getByRole('button', { name: /^Period/ });
    const header = page.locator('thead th', { has: button });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    for (const g of await periodsByGroup(page)) expect(ascending(g)).toBe(true);
    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    for (const g of await periodsByGroup(page)) expect(descending(g)).toBe(true);
    await expect(rows(page)).toHaveCount(FACT_IDS.length);
  });
});

test('the toolbar filters and sorts by keyboard alone', async ({ page }) => {
  await page.goto('/data');
  await hydrated(page);
  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.focus();
  await page.keyboard.type('deliveries 2025');
  const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.textContent!.toLowerCase()));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(FACT_IDS.length);
  for (const t of shown) expect(t.includes('deliveries') && t.includes('2025'), t.slice(0, 80)).toBe(true);
  await expect(page.locator('.fact-count')).toHaveText(`Showing ${shown.length} of ${FACT_IDS.length} figures`);

  // Tab to "Status" and pick "Derived" with the arrow keys.
  await page.keyboard.press('Tab');
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toBeFocused();
  while ((await status.inputValue()) !== 'derived') await page.keyboard.press('ArrowDown');
  await expect(rows(page).locator('td[data-status]:not([data-status="derived"])')).toHaveCount(0);

  // Tab to "Sort by" and choose Period; the shown rows come in period order.
  await filter.fill('');
  await status.focus();
  await page.keyboard.press('Tab');
  const sortBy = page.getByRole('combobox', { name: 'Sort by' });
  await expect(sortBy).toBeFocused();
  while ((await sortBy.inputValue()) !== 'period') await page.keyboard.press('ArrowDown');
  for (const g of await periodsByGroup(page)) expect(ascending(g)).toBe(true);
});

test('a link to a row the filter hides clears the filter and shows the row', async ({ page }) => {
  await page.goto('/data');
  await hydrated(page);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('no figure has these words');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('No figure matches.')).toBeVisible();
  const id = FACT_IDS[FACT_IDS.length - 1];
  await page.evaluate((target) => { location.hash = target; }, id);
  await expect(page.locator(`tr[id="${id}"]`)).toBeInViewport();
  await expect(rows(page)).toHaveCount(FACT_IDS.length);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole table, the methods and the downloads are in the page', async ({ page }) => {
    await page.goto('/data');
    await expect(rows(page)).toHaveCount(FACT_IDS.length);
    await expect(page.locator('.fact-tools')).toHaveCount(0);
    await expect(page.locator('.fact-tools-note')).toBeVisible();
    await expect(page.locator('section.methods h3').first()).toBeVisible();
    await expect(page.locator('a[href="/data/facts.csv"]').first()).toBeVisible();
    for (const name of Object.keys(CHART_SPECS)) await expect(page.locator(`.downloads a[href="/data/charts/${name}.csv"]`)).toHaveCount(1);
  });
});
