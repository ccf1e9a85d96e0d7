/**
 * The data room (/data and /zh/data) and the downloads: every figure with its sources, links both
 * ways between chapters and rows, the files built at export time, and the table's keyboard
 * controls, in each edition. Words the tests look for come from the same tables the page prints
 * (content/ui/data.ts, content/zh/facts.ts), never typed here. Chapters are found the way the site
 * finds them (story order, files on disk), so chapters added later are covered without touching
 * this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { story } from '../../content/story';
import { dataWords } from '../../content/ui/data';
import { siteWords } from '../../content/ui/site';
import { factWordingZh } from '../../content/zh/facts';
import { registry } from '../../lib/registry';
import type { Fact } from '../../lib/registry';
import { formatDate, formatPeriod } from '../../lib/registry/format';
import { fill, wordsFor } from '../../lib/i18n/words';
import { HTML_LANG, type Locale } from '../../lib/i18n/locale';
import { newestPeriod } from '../../lib/as-of';
import { chapterModels } from '../../lib/chapter-model';
import { parseCsv, parseCsvRecords } from '../../lib/data-room/csv';
import { periodSortKey } from '../../lib/data-room/period';
import { valueText } from '../../lib/data-room/edition';
import { CHART_SPECS } from '../../lib/charts/specs';

const FACT_IDS = [...registry.facts.keys()];
const rows = (page: Page) => page.locator('tr[data-fact-row]');
const hydrated = (page: Page) => expect(page.locator('.fact-table[data-hydrated]')).toBeVisible();

const EDITIONS: { prefix: '' | '/zh'; locale: Locale }[] = [{ prefix: '', locale: 'en' }, { prefix: '/zh', locale: 'zh' }];
/** Chapters written in an edition, in story order. */
const written = (locale: Locale) => story.chapters.filter((slug) => fs.existsSync(path.join('content', ...(locale === 'zh' ? ['zh'] : []), 'chapters', `${slug}.mdx`)));
/**
 * The tests that start on a chapter page run in each edition whose chapter pages are built: the
 * Chinese chapter route (app/zh/[slug]) comes from the reading-page work, and these tests cover it
 * once it is there. The data room's side of the same links is checked in both editions below
 * from the chapter model.
 */
const CHAPTER_EDITIONS = EDITIONS;
/** A figure's value as the edition's table prints it. */
const printed = (f: Fact, locale: Locale) => (locale === 'en' ? f.text : valueText(f, locale));
/** A figure's label as the edition's table prints it: the registry's, or the Chinese wording table's. */
const labelOf = (f: Fact, locale: Locale) => (locale === 'en' ? f.label : factWordingZh[f.id].label);

for (const { prefix, locale } of EDITIONS) {
  const w = wordsFor(dataWords, locale);
  const room = `${prefix}/data`;
  const cell = (column: keyof typeof w) => `td[data-label="${w[column]}"]`;

  test.describe(`${room}`, () => {
    test('facts.csv and facts.json parse and hold every registry entry, each with at least one source', async ({ request }) => {
      const csvRes = await request.get(`${room}/facts.csv`);
      expect(csvRes.status()).toBe(200);
      expect(csvRes.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      const csv = parseCsvRecords(await csvRes.text());
      expect(csv.map((r) => r[w['csv.id']]).sort()).toEqual([...FACT_IDS].sort());
      for (const r of csv) {
        expect(r[w['csv.sources']], r[w['csv.id']]).not.toBe('');
        expect(r[w['csv.value']], r[w['csv.id']]).toBe(String(registry.getFact(r[w['csv.id']]).value));
      }

      const jsonRes = await request.get(`${room}/facts.json`);
      expect(jsonRes.status()).toBe(200);
      expect(jsonRes.headers()['content-type']).toMatch(/^application\/json; charset=utf-8/);
      const json = (await jsonRes.json()) as { figuresAsOf: string; facts: { id: string; value: unknown; sources: { publisher: string; title: string; date: string }[] }[] };
      expect(json.figuresAsOf).toBe(story.figuresAsOf);
      expect(json.facts.map((f) => f.id).sort()).toEqual([...FACT_IDS].sort());
      for (const f of json.facts) {
        expect(f.value, f.id).toEqual(registry.getFact(f.id).value);
        expect(f.sources.length, f.id).toBeGreaterThan(0);
        for (const s of f.sources) expect(Boolean(s.publisher && s.title && s.date), f.id).toBe(true);
      }
    });

    test('every chart has a CSV download, served as CSV', async ({ request }) => {
      for (const name of Object.keys(CHART_SPECS)) {
        const res = await request.get(`${room}/charts/${name}.csv`);
        expect(res.status(), name).toBe(200);
        expect(res.headers()['content-type'], name).toMatch(/^text\/csv; charset=utf-8/);
        expect(parseCsvRecords(await res.text()).length, name).toBeGreaterThan(0);
      }
    });

    test('each chapter\'s figures list that chapter in their row, linked into this edition', async ({ page }) => {
      const models = chapterModels(locale);
      expect(models.length).toBeGreaterThan(0);
      await page.goto(room);
      const usedIn = await rows(page).evaluateAll((trs, sel) =>
        Object.fromEntries(trs.map((tr) => [tr.id, [...tr.querySelectorAll(`${sel} a`)].map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! }))])), cell('column.usedIn'));
      for (const c of models)
        for (const { id } of c.facts) {
          const link = usedIn[id]?.find((a) => a.href === `${prefix}/${c.slug}` || a.href.startsWith(`${prefix}/${c.slug}#`));
          expect(link, `${id} lists ${prefix}/${c.slug}`).toBeDefined();
          expect(link!.text, id).toBe(c.frontmatter.title);
        }
    });

    test('a #fact-id link opens that row', async ({ page }) => {
      const id = FACT_IDS[Math.floor(FACT_IDS.length / 2)];
      await page.goto(`${room}#${id}`);
      const row = page.locator(`tr[id="${id}"]`);
      await expect(row).toBeInViewport();
      expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect(row.locator(`${cell('column.sources')} .cites li`).first()).toBeVisible();
      // The opened row stands out from its neighbours, as a table row and as a phone's card.
      const other = page.locator(`tr[data-fact-row]:not([id="${id}"])`).first();
      const background = (el: Element) => getComputedStyle(el).backgroundColor;
      expect(await row.evaluate(background), 'the opened row is tinted').not.toBe(await other.evaluate(background));
    });

    test('each row shows its figure, every alternative with its sources, and its formula\'s inputs', async ({ page }) => {
      await page.goto(room);
      await expect(rows(page)).toHaveCount(FACT_IDS.length);
      const rendered = await rows(page).evaluateAll((trs, [value, sources]) => trs.map((tr) => ({
        id: tr.id,
        label: tr.querySelector('.fact-label')!.textContent,
        value: tr.querySelector(value)!.textContent,
        sources: tr.querySelectorAll(`${sources} .cites li`).length,
        alternatives: [...tr.querySelectorAll('.alternatives > li')].map((li) => li.querySelectorAll('.cites li').length),
        inputs: [...tr.querySelectorAll('.formula a')].map((a) => a.getAttribute('href')),
      })), [cell('column.value'), cell('column.sources')]);
      for (const r of rendered) {
        const f = registry.getFact(r.id);
        expect(r.label, r.id).toBe(labelOf(f, locale));
        expect(r.value, r.id).toBe(printed(f, locale));
        expect(r.sources, r.id).toBe(f.sources.length);
        if (f.status.kind === 'differ') expect(r.alternatives, r.id).toEqual(f.status.alternatives.map((a) => a.sources.length));
        if (f.status.kind === 'derived') expect(r.inputs, r.id).toEqual(f.status.formula.inputs.map((i) => `#${i}`));
      }
    });

    test('the methods section explains the segment, the change of measure, per-car figures and the date', async ({ page }) => {
      await page.goto(room);
      const methods = page.locator('section.methods');
      // The segment's two names and the two measures, as this edition's prose names them.
      for (const name of w['methods.segment.text'].match(/“[^”]+”/g)!.slice(0, 2)) await expect(methods).toContainText(name);
      await expect(methods).toContainText(w['methods.measure.adjusted']);
      await expect(methods).toContainText(w['methods.measure.operating']);
      await expect(methods).toContainText(fill(w['methods.current.text'], { newest: formatPeriod(newestPeriod(), locale), checked: formatDate(story.figuresAsOf, locale) }));
      const derived = [...registry.facts.values()].filter((f) => f.status.kind === 'derived');
      const printedAs = methods.locator('table').nth(1).locator('tbody tr td:last-child');
      await expect(printedAs).toHaveText(derived.map((f) => printed(f, locale)));
    });

    test('the data room has no accessibility violations (WCAG 2.2 AA)', async ({ page }) => {
      // A full scan of every row (thousands of text nodes and links for color-contrast and
      // link-in-text-block) takes 10 s on an idle machine and over a minute on a busy one.
      test.setTimeout(180_000);
      await page.goto(room);
      await hydrated(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('on a 390×844 phone the page never scrolls sideways and rows are cards', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(room);
      await hydrated(page);
      for (const y of [0, 0.25, 0.5, 0.75, 1]) {
        await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), y);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `at ${y}`).toBeLessThanOrEqual(0);
      }
      const box = (await rows(page).first().boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    });

    test.describe('on a desktop screen', () => {
      test.use({ viewport: { width: 1280, height: 800 } });

      test('the column headers sort by keyboard, both ways, and say so', async ({ page }) => {
        await page.goto(room);
        await hydrated(page);
        const button = page.getByRole('button', { name: new RegExp(`^${w['column.period']}`) });
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
      // The placeholder's example, in this edition's words: "deliveries 2025" / "交付 2025".
      const query = locale === 'en' ? 'deliveries 2025' : '交付 2025';
      await page.goto(room);
      await hydrated(page);
      const filter = page.getByRole('searchbox', { name: w['tools.filter'] });
      await filter.focus();
      await page.keyboard.type(query);
      const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.textContent!.toLowerCase()));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(FACT_IDS.length);
      for (const t of shown) for (const word of query.split(' ')) expect(t.includes(word), t.slice(0, 80)).toBe(true);
      await expect(page.locator('.fact-count')).toHaveText(fill(w['count.some'], { shown: shown.length, total: FACT_IDS.length }));

      // Tab to "Status" and pick "Derived" with the arrow keys.
      await page.keyboard.press('Tab');
      const status = page.getByRole('combobox', { name: w['tools.status'] });
      await expect(status).toBeFocused();
      while ((await status.inputValue()) !== 'derived') await page.keyboard.press('ArrowDown');
      await expect(rows(page).locator('td[data-status]:not([data-status="derived"])')).toHaveCount(0);

      // Tab to "Sort by" and choose Period; the shown rows come in period order.
      await filter.fill('');
      await status.focus();
      await page.keyboard.press('Tab');
      const sortBy = page.getByRole('combobox', { name: w['tools.sortBy'] });
      await expect(sortBy).toBeFocused();
      while ((await sortBy.inputValue()) !== 'period') await page.keyboard.press('ArrowDown');
      for (const g of await periodsByGroup(page)) expect(ascending(g)).toBe(true);
    });

    test('a link to a row the filter hides clears the filter and shows the row', async ({ page }) => {
      await page.goto(room);
      await hydrated(page);
      await page.getByRole('searchbox', { name: w['tools.filter'] }).fill('no figure has these words');
      await expect(rows(page)).toHaveCount(0);
      await expect(page.getByText(w['empty.text'])).toBeVisible();
      const id = FACT_IDS[FACT_IDS.length - 1];
      await page.evaluate((target) => { location.hash = target; }, id);
      await expect(page.locator(`tr[id="${id}"]`)).toBeInViewport();
      await expect(rows(page)).toHaveCount(FACT_IDS.length);
    });

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });

      test('the whole table, the methods and the downloads are in the page', async ({ page }) => {
        await page.goto(room);
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
        await expect(rows(page)).toHaveCount(FACT_IDS.length);
        await expect(page.locator('.fact-tools')).toHaveCount(0);
        await expect(page.locator('.fact-tools-note')).toHaveText(w['tools.noScript']);
        await expect(page.locator('h1')).toHaveText(w['page.heading']);
        await expect(page.locator('section.methods h3').first()).toHaveText(w['methods.segment.heading']);
        await expect(page.locator(`a[href="${room}/facts.csv"]`).first()).toBeVisible();
        await expect(page.locator(`a[href="${room}/facts.json"]`).first()).toBeVisible();
        for (const name of Object.keys(CHART_SPECS)) await expect(page.locator(`.downloads a[href="${room}/charts/${name}.csv"]`)).toHaveCount(1);
      });
    });
  });
}

test.describe('/zh/data in Chinese', () => {
  const w = wordsFor(dataWords, 'zh');

  test('is a zh-CN page whose table headers, statuses and labels are Chinese', async ({ page }) => {
    await page.goto('/zh/data');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.data-table thead th')).toHaveText(['column.figure', 'column.value', 'column.period', 'column.measure', 'column.status', 'column.sources', 'column.usedIn'].map((k) => new RegExp(`^${w[k as keyof typeof w]}`)));
    const labels = await rows(page).evaluateAll((trs) => trs.map((tr) => [tr.id, tr.querySelector('.fact-label')!.textContent]));
    // Rows are grouped by chapter, so compare by id, not by position.
    expect(Object.fromEntries(labels)).toEqual(Object.fromEntries(FACT_IDS.map((id) => [id, factWordingZh[id].label])));
    const statuses = await rows(page).locator('td[data-status] > strong').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(statuses.filter((s) => ['status.single', 'status.agreed', 'status.differ', 'status.derived'].some((k) => w[k as keyof typeof w] === s))));
    await expect(page.locator('.fact-count')).toHaveText(fill(w['count.all'], { total: FACT_IDS.length }));
  });

  test('its facts.csv has a Chinese header row and the English file\'s values, fact by fact', async ({ request }) => {
    const zhText = await (await request.get('/zh/data/facts.csv')).text();
    const header = parseCsv(zhText)[0];
    expect(header[0]).toBe(w['csv.id']);
    for (const h of header) expect(h).toMatch(/\p{Script=Han}/u);
    const en = new Map(parseCsvRecords(await (await request.get('/data/facts.csv')).text()).map((r) => [r.id, r.value]));
    const zh = parseCsvRecords(zhText);
    expect(zh).toHaveLength(FACT_IDS.length);
    for (const r of zh) expect(r[w['csv.value']], r[w['csv.id']]).toBe(en.get(r[w['csv.id']]));
    for (const r of zh) expect(r[w['csv.label']], r[w['csv.id']]).toBe(factWordingZh[r[w['csv.id']]].label);
  });

  test('its chart CSVs have Chinese headers and the English files\' points and values', async ({ request }) => {
    for (const name of Object.keys(CHART_SPECS)) {
      const zhText = await (await request.get(`/zh/data/charts/${name}.csv`)).text();
      expect(parseCsv(zhText)[0][3], name).toBe(w['csv.factId']);
      const zh = parseCsvRecords(zhText).map((r) => `${r[w['csv.factId']]} ${r[w['csv.value']]}`);
      const en = parseCsvRecords(await (await request.get(`/data/charts/${name}.csv`)).text()).map((r) => `${r.fact_id} ${r.value}`);
      expect(zh, name).toEqual(en);
    }
  });
});

for (const { prefix, locale } of CHAPTER_EDITIONS) {
  const site = wordsFor(siteWords, locale);
  const w = wordsFor(dataWords, locale);
  const dataLink = `${prefix}/data#`;

  for (const slug of written(locale)) {
    test(`${prefix}/${slug}: each chart's "Download the data" gives exactly the numbers in its data table`, async ({ page, request }) => {
      await page.goto(`${prefix}/${slug}`);
      const scrollies = page.locator('.scrolly');
      const count = await scrollies.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const chart = (await scrollies.nth(i).getAttribute('data-chart'))!;
        const link = scrollies.nth(i).locator(`a[data-chart-csv="${chart}"]`);
        await expect(link).toHaveText(site['chartData.download']);
        const href = (await link.getAttribute('href'))!;
        // What the chart draws, as its data table prints it: each linked cell is one point.
        const drawn = await scrollies.nth(i).locator(`[data-chart-table="${chart}"] a[href^="${dataLink}"]`).evaluateAll((as, start) =>
          as.map((a) => `${a.getAttribute('href')!.slice(start.length)} ${a.textContent}`), dataLink,
        );
        const csv = parseCsvRecords(await (await request.get(href)).text());
        expect(csv.every((r) => r[w['csv.chart']] === chart)).toBe(true);
        expect(csv.map((r) => `${r[w['csv.factId']]} ${r[w['csv.text']]}`).sort()).toEqual(drawn.sort());
        // The link is a real download a reader can click (nothing covers it).
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${chart}.csv`);
      }
    });
  }

  test(`${prefix || 'English'}: every fact link from every chapter lands on a row that lists that chapter`, async ({ page }) => {
    const slugs = written(locale);
    expect(slugs.length).toBeGreaterThan(0);
    const linked = new Map<string, Set<string>>();
    for (const slug of slugs) {
      await page.goto(`${prefix}/${slug}`);
      const ids = await page.locator(`a[href^="${dataLink}"]`).evaluateAll((as, start) => as.map((a) => a.getAttribute('href')!.slice(start.length)), dataLink);
      expect(ids.length, slug).toBeGreaterThan(0);
      for (const id of ids) linked.set(id, (linked.get(id) ?? new Set()).add(slug));
    }
    await page.goto(`${prefix}/data`);
    const usedIn = await rows(page).evaluateAll((trs, sel) =>
      Object.fromEntries(trs.map((tr) => [tr.id, [...tr.querySelectorAll(`${sel} a`)].map((a) => a.getAttribute('href'))])), `td[data-label="${w['column.usedIn']}"]`);
    for (const [id, slugs] of linked) {
      expect(usedIn[id], `row for ${id}`).toBeDefined();
      for (const slug of slugs) expect(usedIn[id].some((h) => h === `${prefix}/${slug}` || h!.startsWith(`${prefix}/${slug}#`)), `${id} lists ${prefix}/${slug}`).toBe(true);
    }
  });

  test(`${prefix || 'English'}: a figure in a chapter is two clicks from its source`, async ({ page }) => {
    await page.goto(`${prefix}/${written(locale)[0]}`);
    const fact = page.locator('.fact a').first();
    const id = (await fact.getAttribute('href'))!.split('#')[1];
    await fact.click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/data#${id}$`));
    const row = page.locator(`tr[id="${id}"]`);
    await expect(row).toBeInViewport();
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(row.locator(`td[data-label="${w['column.sources']}"] .cites li`).first()).toBeVisible();
  });
}

/**
 * Period keys per group, as shown: each row's registry period (the cells print it in the page's
 * language; the sort key is the registry's, the same in both editions).
 */
async function periodsByGroup(page: Page): Promise<number[][]> {
  const groups = await page.locator('.data-table tbody').evaluateAll((bodies) =>
    bodies.map((b) => [...b.querySelectorAll('tr[data-fact-row]')].map((tr) => tr.id)),
  );
  return groups.map((g) => g.map((id) => periodSortKey(registry.getFact(id).period)));
}
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] <= x);
const descending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] >= x);
