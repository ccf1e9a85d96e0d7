/**
 * The sweep: every page × {phone, desktop, projector} × {default, reduced motion, dark}, reading and
 * presenting: no console or page errors, no request off the origin (the fixture checks those), no
 * Content Security Policy violation and no axe violation (WCAG 2.2 AA).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { presentingPages, readingPages } from './pages';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 }, projector: { width: 1024, height: 768 } };
const MODES = {
  default: {},
  'reduced motion': { reducedMotion: 'reduce' as const },
  dark: { colorScheme: 'dark' as const },
};

// Axe on the data room's long table takes a while on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

for (const route of [...readingPages, ...presentingPages]) {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const [mode, media] of Object.entries(MODES)) {
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
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${mode}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}
