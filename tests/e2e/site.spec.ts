/** Cover, 404 and the data room's basics. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { story } from '../../content/story';
import { newestPeriod } from '../../lib/as-of';
import { storyZh } from '../../content/zh/story';
import { formatDate, formatPeriod } from '../../lib/registry/format';
import { absolute as abs } from '../../lib/site';
import { writtenChapters } from './chapters';

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

/** Both editions: each page says its language, has its own canonical and points at the other. */
const EDITION_PAIRS: [string, string][] = [['/', '/zh'], ...writtenChapters('zh').map((c): [string, string] => [`/${c.slug}`, `/zh/${c.slug}`])];

for (const [en, zh] of EDITION_PAIRS) {
  test(`${en} and ${zh}: html lang, their own canonical, hreflang both ways and x-default`, async ({ page }) => {
    for (const [path, lang] of [[en, 'en'], [zh, 'zh-CN']] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // As URLs: Next prints the site root without its trailing slash.
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).href).toBe(abs(path));
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).href])));
      expect(alternates).toEqual({ en: abs(en), 'zh-CN': abs(zh), 'x-default': abs(en) });
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', lang === 'en' ? 'en' : 'zh_CN');
    }
  });
}

test('the Chinese cover is in Chinese: title, as-of line with the Chinese period and date, chapter list, switch to English', async ({ page, request }) => {
  await page.goto('/zh');
  await expect(page.locator('h1')).toHaveText(storyZh.title);
  await expect(page).toHaveTitle(new RegExp(storyZh.title));
  const asOf = page.locator('[data-as-of]');
  await expect(asOf).toContainText(formatPeriod(newestPeriod(), 'zh'));
  await expect(asOf).toContainText(formatDate(story.figuresAsOf, 'zh'));
  await expect(asOf.locator('a')).toHaveAttribute('href', '/zh/data');
  const zh = writtenChapters('zh');
  for (const c of zh) await expect(page.locator('.chapter-list').getByRole('link', { name: c.title })).toBeVisible();
  const hrefs = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    expect(href.startsWith('/zh/'), href).toBe(true);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  const toEnglish = page.getByRole('link', { name: '阅读本页英文版' });
  await expect(toEnglish).toHaveAttribute('href', '/');
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the 404 page speaks both languages: English first, then a Chinese block linking to /zh and its chapters', async ({ page, watch }) => {
  watch.allow.push(/status of 404/);
  for (const path of ['/no-such-chapter', '/zh/no-such-chapter']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Page not found');
    const zh = page.locator('main [lang="zh-CN"]');
    await expect(zh.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(zh.locator('a[href="/zh"]')).toBeVisible();
    const zhLinks = await zh.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(zhLinks).toEqual(writtenChapters('zh').map((c) => `/zh/${c.slug}`));
  }
});

test('the sitemap lists both editions, each page with its alternate', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const [en, zh] of EDITION_PAIRS) {
    expect(locs, en).toContain(en);
    expect(locs, zh).toContain(zh);
  }
  expect(xml).toMatch(/hreflang="zh-CN"/);
  expect((await (await request.get('/robots.txt')).text())).toContain('/sitemap.xml');
});

test('the Chinese pages use system CJK fonts: no CJK font and no font file over 100 KB is fetched', async ({ page, baseURL }) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'font' && r.status() < 300) fonts.push({ url: r.url(), bytes: (await r.body()).length });
  });
  for (const zh of [...EDITION_PAIRS.map(([, zh]) => zh), '/zh/data', '/zh/present', '/zh/present/speaker']) {
    await page.goto(zh);
    await page.evaluate(() => document.fonts.ready);
    // Every element that sets Chinese text names the system's Chinese faces: none is left on a
    // Latin-only stack (a utility that wrote the English stack itself would be). Code is set in
    // the monospace stack on purpose, in both editions.
    const latinOnly = await page.evaluate(() => [...document.querySelectorAll('body *:not(code, kbd, pre)')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? '')))
      .filter((el) => !getComputedStyle(el).fontFamily.includes('PingFang SC'))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')}: ${getComputedStyle(el).fontFamily}`));
    expect(latinOnly, zh).toEqual([]);
  }
  for (const f of fonts) {
    expect(f.url.startsWith(baseURL!), f.url).toBe(true);
    expect(f.bytes, f.url).toBeLessThanOrEqual(100_000);
  }
  expect(fonts.length, 'Inter is still fetched for the Latin letters').toBeGreaterThan(0);
  // Every web font the pages declare and load is Inter: the Chinese comes from the system.
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
  for (const family of loaded) expect(family).toMatch(/inter/i);
  // The stack names Inter first, then the system's Chinese faces.
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toMatch(/PingFang SC.*Noto Sans CJK SC.*Microsoft YaHei.*sans-serif/);
});
