/** Odd links never give a blank page or an uncaught error: a 404 page, or the nearest valid view. */
import { test, expect, stepIds } from './fixtures';
import { chapterSlugs } from './chapters';

const slug = chapterSlugs[0];

test('an unknown chapter gets the 404 page with the chapter list', async ({ page, watch }) => {
  watch.allow.push(/status of 404/);
  for (const path of ['/no-such-chapter', '/loss-per-car/extra', '/present-nope', '/data/nothing-here', '/zh/no-such-chapter', '/zh/loss-per-car/extra', '/zh-nope']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('.chapter-list a').first()).toBeVisible();
    // The one 404 page serves both editions: a Chinese block links to the Chinese cover.
    await expect(page.locator('main [lang="zh-CN"] a[href="/zh"]')).toBeVisible();
  }
});

test('an unknown or mangled step hash opens the chapter at its start, in both editions', async ({ page }) => {
  for (const hash of ['#no-such-step', '#%E0%A4%A', '#', '#<script>']) for (const chapter of [`/${slug}`, `/zh/${slug}`]) {
    await page.goto(`${chapter}${hash}`);
    const first = (await stepIds(page))[0];
    await expect(page.locator('.scrolly-graphic').first()).toHaveAttribute('data-active-step', first);
    await expect(page.locator('h1')).toBeVisible();
  }
});

test('a mangled query string does not break a page', async ({ page }) => {
  for (const url of [`/${slug}?%E0%A4%A`, `/?step=%%%`, `/data?sort=<b>`, `/zh/${slug}?%E0%A4%A`, `/zh?step=%%%`]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
  }
});
