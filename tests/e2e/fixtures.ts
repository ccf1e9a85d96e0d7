/**
 * A page fixture that watches what a reader's browser would see go wrong: console errors,
 * uncaught page errors and any request leaving the site's origin. Each test that uses `page`
 * fails if any of those happened.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { NOT_READY } from './hydration';

export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  offOrigin: string[];
  /** Console errors a test expects (a 404 page logs its own 404 status). */
  allow: RegExp[];
}

/**
 * Pages start their scripts only after their first paint (scripts/postbuild/perf.ts), so `load`
 * can come before React has hydrated. With JavaScript on, navigation here resolves once every
 * hydrating part of the page is ready, as a reader's first scroll or key press would find it.
 */
export async function untilHydrated(page: Page) {
  await page.waitForFunction((sel) => document.readyState === 'complete' && !document.querySelector(sel), NOT_READY);
}

export const test = base.extend<{ watch: Watch }>({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
        const navigate = page[name].bind(page) as (...a: unknown[]) => Promise<unknown>;
        (page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
          const response = await navigate(...args);
          await untilHydrated(page);
          return response;
        };
      }
    }
    await use(page);
  },
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { consoleErrors: [], pageErrors: [], offOrigin: [], allow: [] };
      const origin = new URL(baseURL!).origin;
      page.on('console', (m) => m.type() === 'error' && watch.consoleErrors.push(m.text()));
      page.on('pageerror', (e) => watch.pageErrors.push(e.message));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.offOrigin.push(url);
      });
      await use(watch);
      expect(watch.consoleErrors.filter((e) => !watch.allow.some((r) => r.test(e))), 'console errors').toEqual([]);
      expect(watch.pageErrors, 'page errors').toEqual([]);
      expect(watch.offOrigin, 'requests off the site origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const graphic = (page: Page) => page.locator('.scrolly-graphic').first();

export async function activeStep(page: Page, scrolly = 0): Promise<string | null> {
  return page.locator('.scrolly-graphic').nth(scrolly).getAttribute('data-active-step');
}

export async function stepIds(page: Page, scrolly = 0): Promise<string[]> {
  return page.locator('.scrolly').nth(scrolly).locator('[data-step]').evaluateAll((els) => els.map((e) => e.id));
}

/**
 * Scrolls the window in small steady steps (as a reader's wheel or finger would), waiting for a
 * painted frame after each, and records every value data-active-step takes on the way.
 */
export async function scrollAndRecord(page: Page, direction: 'down' | 'up', scrolly = 0): Promise<string[]> {
  return page.evaluate(
    async ({ direction, scrolly }) => {
      const g = document.querySelectorAll('.scrolly-graphic')[scrolly]!;
      const seen: string[] = [];
      const note = () => {
        const v = g.getAttribute('data-active-step')!;
        if (seen[seen.length - 1] !== v) seen.push(v);
      };
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = g.parentElement!.getBoundingClientRect();
      const top = box.top + window.scrollY - window.innerHeight;
      const bottom = box.bottom + window.scrollY;
      const stride = Math.round(window.innerHeight / 6);
      if (direction === 'down') {
        window.scrollTo(0, Math.max(0, top));
        await frame();
        for (let y = Math.max(0, top); y <= bottom; y += stride) {
          window.scrollTo(0, y);
          await frame();
          note();
        }
      } else {
        window.scrollTo(0, bottom);
        await frame();
        for (let y = bottom; y >= Math.max(0, top); y -= stride) {
          window.scrollTo(0, y);
          await frame();
          note();
        }
      }
      return seen;
    },
    { direction, scrolly },
  );
}
