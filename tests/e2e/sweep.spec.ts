/**
 * The sweep: every page × {phone, desktop, projector} × {default, reduced motion, dark}, reading and
 * presenting: no console or page errors, no request off the origin (the fixture checks those), no
 * Content Security Policy violation and no axe violation (WCAG 2.2 AA).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { presentingPages, presentingPagesZh, readingPages, readingPagesZh } from './pages';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 }, projector: { width: 1024, height: 768 } };
const MODES = {
  default: {},
  'reduced motion': { reducedMotion: 'reduce' as const },
  dark: { colorScheme: 'dark' as const },
};

// Axe on the data room's long table takes a while on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

/**
 * The Chinese edition shares every component and stylesheet with the English one: its pages are
 * swept at each size in the default mode and at desktop size in every mode, which catches what
 * the words change (lengths, language, contrast of the same styles) in a third of the time.
 */
const zhRuns = (vp: string, mode: string) => mode === 'default' || vp === 'desktop';
const runs = [
  ...[...readingPages, ...presentingPages].map((route) => ({ route, only: (_vp: string, _mode: string) => true })),
  ...[...readingPagesZh, ...presentingPagesZh].map((route) => ({ route, only: zhRuns })),
];

for (const { route, only } of runs) {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const [mode, media] of Object.entries(MODES)) {
      if (!only(vpName, mode)) continue;
      test(`${route} at ${vpName} size, ${mode}: no errors, CSP or axe violations`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript(() => {
          (window as unknown as { __csp: string[] }).__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
        });
        await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', ...media });
        await page.goto(route);
        // Read to the end so every chart state and lazy chunk has run.
        await page.evaluate(async () => {
          for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }
          window.scrollTo(0, 0);
        });
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), `CSP violations (${mode})`).toEqual([]);
        // The deck's controls fade out two seconds after the mouse last moved, which can fall in
        // the middle of axe's run and have it measure text halfway faded. Focus inside them keeps
        // them shown, so axe measures them as a presenter sees them.
        await page.evaluate(() => document.querySelector<HTMLElement>('.deck-controls > :is(a, button)')?.focus({ preventScroll: true }));
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${mode}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}

/** With JavaScript off, every Chinese reading page still reads: its heading, step cards, charts and working links. */
test.describe('the Chinese edition with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const route of readingPagesZh) {
    test(`${route} reads without JavaScript`, async ({ page, request }) => {
      const res = await page.goto(route);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toBeVisible();
      for (const card of await page.locator('.step-card').all()) await expect(card).not.toBeEmpty();
      for (const g of await page.locator('.scrolly-graphic').all()) await expect(g.locator('svg')).not.toHaveCount(0);
      // The header and menu work as plain links: the menu opens without script and its links resolve.
      await page.locator('.chapter-menu summary').click();
      await expect(page.locator('.chapter-menu-panel')).toBeVisible();
      const hrefs = await page.locator('.chapter-menu-panel a, .language-switch').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
    });
  }
});
