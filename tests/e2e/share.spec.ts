/**
 * Sharing, for every written chapter: the tags a chat app or search engine reads, the social card
 * they point at, the share buttons (share sheet and clipboard), and the sitemap and robots file.
 * The chapter tests run in both editions: a /zh chapter has its Chinese title, card and share
 * words, and its share links are its own /zh URLs.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { siteWords } from '../../content/ui/site';
import { metaWords } from '../../content/ui/meta';
import { localePath } from '../../lib/i18n/locale';
import { fill, wordsFor } from '../../lib/i18n/words';
import { EDITIONS, STORY_TITLE, writtenChapters } from './chapters';


async function meta(page: Page, key: string): Promise<string | null> {
  const attr = key.startsWith('og:') || key.startsWith('article:') ? 'property' : 'name';
  const tags = page.locator(`meta[${attr}="${key}"]`);
  await expect(tags, key).toHaveCount(1);
  return tags.getAttribute('content');
}

function expectAbsolute(url: string | null, origin: string, path: string) {
  expect(url, path).not.toBeNull();
  const u = new URL(url!); // throws on a relative URL
  expect(u.origin).toBe(origin);
  expect(u.pathname + u.hash).toBe(path);
}

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Records what the page hands to navigator.share, in place of the system sheet. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (d: ShareData) => void w.shared.push(d) });
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
  });
}
const shared = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);

async function removeShareSheet(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: undefined });
  });
}

test('the cover has its own canonical URL and social card', async ({ page, request }) => {
  await page.goto('/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const origin = new URL(canonical!).origin;
  expectAbsolute(canonical, origin, '/');
  expect(await meta(page, 'og:url')).toBe(canonical);
  expect(await meta(page, 'og:type')).toBe('website');
  expect(await meta(page, 'og:site_name')).toBe(STORY_TITLE);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  const image = await meta(page, 'og:image');
  expectAbsolute(image, origin, '/og/cover.png');
  expect(await meta(page, 'twitter:image')).toBe(image);
  const res = await request.get(new URL(image!).pathname);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
});

test('sitemap.xml lists the cover, every chapter and the data room; robots.txt points at it', async ({ request }) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/xml/);
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  const origin = locs[0].origin;
  expect(locs.every((u) => u.origin === origin)).toBe(true);
  const edition = (e: (typeof EDITIONS)[number]) => [
    localePath('/', e.locale), ...writtenChapters(e.locale).map((c) => c.path), localePath('/data', e.locale),
  ];
  expect(locs.map((u) => u.pathname)).toEqual(EDITIONS.flatMap(edition));
  for (const u of locs) expect((await request.get(u.pathname)).status(), u.pathname).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/User-Agent: \*\s+Allow: \//);
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

for (const { locale, storyTitle } of EDITIONS) for (const chapter of writtenChapters(locale)) {
  const { path } = chapter;
  const w = wordsFor(siteWords, locale);
  const meta_ = wordsFor(metaWords, locale);
  const SHARE_CHAPTER = w['chapter.share'];
  const SHARE_STEP = `${w['step.share']} ${w['step.shareHint']}`;

  test.describe(`sharing ${path}`, () => {
    test('has title, description, canonical, Open Graph, Twitter and Article tags, all with absolute URLs', async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(fill(meta_['site.titleTemplate'], { title: storyTitle }).replace('%s', chapter.title));
      expect(await meta(page, 'description')).toBe(chapter.description);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const origin = new URL(canonical!).origin;
      expectAbsolute(canonical, origin, path);
      expect(await meta(page, 'og:url')).toBe(canonical);
      expect(await meta(page, 'og:type')).toBe('article');
      expect(await meta(page, 'og:site_name')).toBe(storyTitle);
      expect(await meta(page, 'og:title')).toBe(chapter.title);
      expect(await meta(page, 'og:description')).toBe(chapter.description);
      const image = await meta(page, 'og:image');
      expectAbsolute(image, origin, locale === 'en' ? `/og/${chapter.slug}.png` : `/og/${locale}/${chapter.slug}.png`);
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');
      expect(await meta(page, 'og:image:alt')).toContain(chapter.title);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:title')).toBe(chapter.title);
      expect(await meta(page, 'twitter:description')).toBe(chapter.description);
      expect(await meta(page, 'twitter:image')).toBe(image);

      const ld = page.locator('script[type="application/ld+json"]');
      await expect(ld).toHaveCount(1);
      const article = JSON.parse((await ld.textContent())!);
      expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', headline: chapter.title, description: chapter.description, url: canonical });
      expect(article.mainEntityOfPage['@id']).toBe(canonical);
      expect(article.image).toEqual([image]);
      expectAbsolute(article.isPartOf.url, origin, localePath('/', locale));
    });

    test('its social card is a 1200×630 PNG served as image/png', async ({ page, request }) => {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      const res = await request.get(new URL(image!).pathname);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    });

    test('"Share this chapter" hands the chapter link to the share sheet', async ({ page, baseURL }) => {
      await stubShareSheet(page);
      await page.goto(path);
      await page.getByRole('button', { name: SHARE_CHAPTER }).first().click();
      await expect.poll(() => shared(page)).toEqual([{ url: `${baseURL}${path}`, title: chapter.title, text: chapter.description }]);
      await expect(page.getByRole('status').filter({ hasText: w['share.copied'] })).toHaveCount(0);
    });

    test('without a share sheet, "Share this chapter" copies the link and says so', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await removeShareSheet(page);
      await page.goto(path);
      const end = page.locator('.chapter-share-end');
      await end.getByRole('button', { name: SHARE_CHAPTER }).click();
      await expect(end.getByRole('status')).toHaveText(w['share.copied']);
      await expect(end.getByRole('status')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}`);
    });

    test('each step\'s share button gives that step\'s link', async ({ page, baseURL }) => {
      expect(chapter.stepIds.length).toBeGreaterThan(0);
      await stubShareSheet(page);
      await page.goto(path);
      for (const id of chapter.stepIds) await page.locator(`[id="${id}"]`).getByRole('button', { name: SHARE_STEP }).click();
      const urls = (await shared(page)).map((d) => d.url);
      expect(urls).toEqual(chapter.stepIds.map((id) => `${baseURL}${path}#${id}`));
    });

    test('a step\'s copied link says so beside its button', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await removeShareSheet(page);
      await page.goto(path);
      const id = chapter.stepIds[chapter.stepIds.length - 1];
      const step = page.locator(`[id="${id}"]`);
      await step.getByRole('button', { name: SHARE_STEP }).click();
      await expect(step.getByRole('status')).toHaveText(w['share.copied']);
      await expect(step.getByRole('status')).toBeInViewport();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#${id}`);
    });
  });
}
