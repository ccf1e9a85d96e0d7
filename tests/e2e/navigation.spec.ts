/**
 * Finding the way, for every written chapter: skip link, header, reading progress, the chapter
 * menu and previous/next by keyboard, step links the header does not cover, the back button,
 * and the dark theme's contrast.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, untilHydrated } from './fixtures';
import { siteWords } from '../../content/ui/site';
import { localePath, type Locale } from '../../lib/i18n/locale';
import { STORY_TITLE, STORY_TITLE_ZH, writtenChapters } from './chapters';

/** Waits until React has hydrated the page: share buttons are marked ready only then. */
const hydrated = (page: Page) => expect(page.locator('.share[data-ready]').first()).toBeAttached();

const EDITIONS: { locale: Locale; title: string }[] = [{ locale: 'en', title: STORY_TITLE }, { locale: 'zh', title: STORY_TITLE_ZH }];

/** Presses Tab until the focused element matches `selector`; fails if it takes more than `max`. */
async function tabTo(page: Page, selector: string, max = 12) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The bar's horizontal scale, 0 (empty) to 1 (full), as the browser paints it. */
const barScale = (page: Page) =>
  page.locator('.reading-progress-bar').evaluate((el) => {
    const t = getComputedStyle(el).transform;
    return t === 'none' ? 1 : new DOMMatrixReadOnly(t).a;
  });

/** Scrolls so the reader is `share` of the way through the article (its top under the header to its end at the screen's bottom). */
async function scrollThrough(page: Page, share: number) {
  await page.evaluate((p) => {
    const article = document.querySelector('article[data-chapter]')!.getBoundingClientRect();
    const inset = document.querySelector('.site-header')!.getBoundingClientRect().height;
    const top = article.top + window.scrollY - inset;
    window.scrollTo(0, top + p * (article.height - (window.innerHeight - inset)));
  }, share);
}

async function checkProgressBar(page: Page) {
  await expect.poll(() => barScale(page)).toBeLessThan(0.01);
  for (const share of [0.25, 0.5, 0.9]) {
    await scrollThrough(page, share);
    await expect.poll(() => barScale(page)).toBeCloseTo(share, 1);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => barScale(page)).toBeCloseTo(1, 2);
}

for (const { locale, title: storyTitle } of EDITIONS) {
const w = siteWords[locale];
const at = (p: string) => localePath(p, locale);
const chapters = writtenChapters(locale);
for (const [i, chapter] of chapters.entries()) {
  const path = at(`/${chapter.slug}`);

  test.describe(`finding the way on ${path}`, () => {
    test('the first Tab reaches the skip link, which moves the reader into the story', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: w['layout.skipLink'] });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${path}#main$`));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    });

    test('the slim header names the story and the chapter', async ({ page }) => {
      await page.goto(path);
      const header = page.locator('header.site-header');
      await expect(header.getByRole('link', { name: storyTitle })).toHaveAttribute('href', at('/'));
      await expect(header).toContainText(chapter.title);
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(56);
    });

    test('the reading-progress bar follows the reader through the chapter, with reduced motion too', async ({ page }) => {
      await page.goto(path);
      await checkProgressBar(page);
      // The reduced-motion rule zeroes animation durations; the bar's scroll timeline must survive it.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await checkProgressBar(page);
    });

    test('the reading-progress bar also works where CSS scroll timelines do not', async ({ page }) => {
      await page.addInitScript(() => {
        const supports = CSS.supports.bind(CSS);
        CSS.supports = ((...args: [string, string?]) => (/animation-timeline/.test(args.join(' ')) ? false : supports(...(args as [string])))) as typeof CSS.supports;
        // Without the CSS path the stylesheet's scroll timeline must not be what moves the bar.
        document.addEventListener('DOMContentLoaded', () => {
          const s = document.createElement('style');
          s.textContent = '.reading-progress-bar { animation: none !important; }';
          document.head.append(s);
        });
      });
      await page.goto(path);
      await checkProgressBar(page);
    });

    test('the chapter menu opens, lists every chapter and navigates by keyboard', async ({ page }) => {
      await page.goto(path);
      await hydrated(page); // closing on Escape and on tabbing out is script
      const menu = page.locator('details.chapter-menu');
      const summary = menu.locator('summary');
      await tabTo(page, '.chapter-menu summary');
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('open', '');
      const nav = page.getByRole('navigation', { name: w['menu.navLabel'] });
      await expect(nav).toBeVisible();
      await expect(nav.getByRole('link')).toHaveCount(chapters.length + 2);
      for (const c of chapters) await expect(nav.getByRole('link', { name: c.title })).toHaveAttribute('href', at(`/${c.slug}`));
      await expect(nav.locator('[aria-current="page"]')).toContainText(chapter.title);

      // Escape closes it and gives focus back to its button; tabbing out of it closes it too.
      await page.keyboard.press('Escape');
      await expect(menu).not.toHaveAttribute('open');
      await expect(summary).toBeFocused();
      await page.keyboard.press(' ');
      await expect(nav).toBeVisible();
      for (let k = 0; k < chapters.length + 3; k++) await page.keyboard.press('Tab');
      await expect(menu).not.toHaveAttribute('open');

      // Open again and follow a link: the next chapter, or the cover when there is no other.
      const target = at(chapters.length > 1 ? `/${chapters[(i + 1) % chapters.length].slug}` : '/');
      await summary.focus();
      await page.keyboard.press('Enter');
      await tabTo(page, `.chapter-menu-panel a[href="${target}"]`, chapters.length + 3);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${target}$`));
    });

    test('previous and next chapter close the chapter and work by keyboard', async ({ page }) => {
      await page.goto(path);
      await hydrated(page); // the share button takes focus only once it works
      const prev = at(i > 0 ? `/${chapters[i - 1].slug}` : '/');
      const next = at(i < chapters.length - 1 ? `/${chapters[i + 1].slug}` : '/data');
      await page.locator('.chapter-share-end button').focus();
      await page.keyboard.press('Tab');
      await expect(page.locator('.chapter-nav a').first()).toBeFocused();
      await expect(page.locator('.chapter-nav a').first()).toHaveAttribute('href', prev);
      await page.keyboard.press('Tab');
      const nextLink = page.locator('.chapter-nav a').last();
      await expect(nextLink).toBeFocused();
      await expect(nextLink).toHaveAttribute('href', next);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${next}$`));
    });

    test('a step link opens on its step, chart in its state, not hidden under the header', async ({ page }) => {
      for (const id of chapter.stepIds) {
        await page.goto(`${path}#${id}`);
        const step = page.locator(`[id="${id}"]`);
        await expect(page.locator(`.scrolly-graphic[data-active-step="${id}"]`)).toHaveCount(1);
        await expect(step.locator('.step-card')).toBeInViewport({ ratio: 0.5 });
        const header = (await page.locator('header.site-header').boundingBox())!;
        const headerBottom = header.y + header.height;
        const stepTop = (await step.boundingBox())!.y;
        expect(stepTop, id).toBeGreaterThanOrEqual(headerBottom - 1);
      }
    });

    test('the back button returns to where the reader was', async ({ page }) => {
      await page.goto(path);
      const id = chapter.stepIds[Math.floor(chapter.stepIds.length / 2)];
      await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const graphic = page.locator('.scrolly').filter({ has: page.locator(`[id="${id}"]`) }).locator('.scrolly-graphic');
      await expect(graphic).toHaveAttribute('data-active-step', id);
      const y = await page.evaluate(() => window.scrollY);
      // Leave by a figure's link in that step if it has one, else by the menu.
      const fact = page.locator(`[id="${id}"] .fact a`).first();
      if (await fact.count()) await fact.click();
      else {
        await page.locator('.chapter-menu summary').click();
        await page.getByRole('navigation', { name: w['menu.navLabel'] }).getByRole('link', { name: w['menu.dataRoom'] }).click();
      }
      await expect(page).toHaveURL(/\/data/);
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 3);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(3);
      await expect(graphic).toHaveAttribute('data-active-step', id);
    });

    test('the language switch goes to the same chapter and step in the other edition', async ({ page }) => {
      const other: Locale = locale === 'en' ? 'zh' : 'en';
      const there = localePath(`/${chapter.slug}`, other);
      await page.goto(path);
      const link = page.locator('header.site-header .language-switch');
      // Its name starts with what it shows (label in name), then says what it does.
      await expect(link).toHaveAccessibleName(`${w['language.switch']} ${w['language.switchName']}`);
      await expect(link.locator('span.sr-only')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
      await expect(link).toHaveAttribute('lang', other === 'zh' ? 'zh-CN' : 'en');
      await expect(link).toHaveAttribute('hreflang', other === 'zh' ? 'zh-CN' : 'en');
      const box = (await link.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      await expect(link).toHaveAttribute('href', there);
      // Scroll to a step in the middle: the switch follows it, and lands there with the chart in that state.
      const id = chapter.stepIds[Math.floor(chapter.stepIds.length / 2)];
      await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const graphic = page.locator('.scrolly').filter({ has: page.locator(`[id="${id}"]`) }).locator('.scrolly-graphic');
      await expect(graphic).toHaveAttribute('data-active-step', id);
      await expect(link).toHaveAttribute('href', `${there}#${id}`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${there}#${id}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator(`.scrolly-graphic[data-active-step="${id}"]`)).toHaveCount(1);
      await expect(page.locator(`[id="${id}"] .step-card`)).toBeInViewport({ ratio: 0.5 });
      // Back at the top it links to the chapter itself, or to the first step where its scrolly
      // already holds the trigger line there. The hash is dropped only once the page has hydrated:
      // the router's start-up writes back the URL it was opened with (hash included), and that
      // would undo an earlier replaceState.
      await untilHydrated(page);
      await page.evaluate(() => history.replaceState(null, '', location.pathname));
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.locator('header.site-header .language-switch')).toHaveAttribute('href', new RegExp(`^${path}(#${chapter.stepIds[0]})?$`));
    });
  });
}
}

test('Escape closes the chapter menu even when pressed before the menu has heard it opened', async ({ page }) => {
  await page.goto(`/${writtenChapters('en')[0].slug}`);
  // A click opens <details> at once, but its toggle event comes a task later: press Escape between.
  const between = await page.evaluate(() => {
    const menu = document.querySelector<HTMLDetailsElement>('details.chapter-menu')!;
    const summary = menu.querySelector('summary')!;
    (window as unknown as { toggled: Promise<unknown> }).toggled = new Promise((done) => menu.addEventListener('toggle', done, { once: true }));
    summary.click();
    const opened = menu.open;
    summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return { opened, open: menu.open };
  });
  expect(between).toEqual({ opened: true, open: false });
  // The toggle event that follows leaves it closed, and the page behind it reachable.
  const menu = page.locator('details.chapter-menu');
  await expect(menu.locator('summary')).toBeFocused();
  await page.evaluate(() => (window as unknown as { toggled: Promise<unknown> }).toggled);
  await expect(menu).not.toHaveAttribute('open');
  await expect(page.locator('#main')).not.toHaveAttribute('inert');
});

test('the cover\'s language switch goes to the other cover, and the switch works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.language-switch')).toHaveAttribute('href', '/zh');
  await page.locator('.language-switch').click();
  await expect(page).toHaveURL(/\/zh$/);
  await expect(page.locator('.language-switch')).toHaveAttribute('href', '/');
  const slug = writtenChapters('zh')[0].slug;
  await page.goto(`/zh/${slug}#${writtenChapters('zh')[0].stepIds[1]}`);
  // Without script the link goes to the chapter in the other edition (its top).
  await expect(page.locator('.language-switch')).toHaveAttribute('href', `/${slug}`);
  await context.close();
});

test.describe('themes follow the system setting', () => {
  // The data room is a long table: axe needs a while there on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  const chapters = writtenChapters();
  const pages = ['/', ...chapters.map((c) => `/${c.slug}`), '/data', '/no-such-page', '/zh', ...writtenChapters('zh').map((c) => `/zh/${c.slug}`)];
  for (const scheme of ['dark', 'light'] as const) {
    for (const path of pages) {
      test(`${path} in ${scheme} has its theme and no contrast or other axe violations`, async ({ page, watch }) => {
        watch.allow.push(/status of 404/);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(bg).toBe(scheme === 'dark' ? 'rgb(18, 19, 22)' : 'rgb(251, 250, 247)');
        // With the chapter menu open, so its panel is checked along with everything else.
        await page.locator('.chapter-menu summary').click();
        await expect(page.locator('.chapter-menu-panel')).toBeVisible();
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
