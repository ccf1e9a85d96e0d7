/**
 * One stylesheet for the whole site: every page kind (cover, chapter, data room, deck, speaker
 * view, 404) asks for exactly one CSS file, the same one, and nothing loaded later (a chart's
 * chunk, the deck's motion) brings a second. A render-blocking request per component stylesheet
 * cost a phone's first paint; this guards against a component importing its own CSS again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { chapterSlugs, outDir } from './chapters';

/** Next adds no <style> of its own here; a little room is left for it, not for a stylesheet's worth. */
const INLINE_STYLE_MAX = 1024;

const PAGES = [
  { kind: 'cover', path: '/' },
  { kind: 'chapter', path: `/${chapterSlugs[0]}` },
  { kind: 'data room', path: '/data' },
  { kind: 'deck', path: `/present/${chapterSlugs[0]}` },
  { kind: 'speaker view', path: '/present/speaker' },
  { kind: '404', path: '/no-such-page' },
];

test('every built page links exactly one stylesheet, the same file, and inlines no CSS', () => {
  const pages = [outDir, path.join(outDir, 'present')].flatMap((dir) =>
    fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f)));
  expect(pages.length).toBeGreaterThan(10);
  const hrefs = new Set<string>();
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]);
    expect(links, path.relative(outDir, file)).toHaveLength(1);
    hrefs.add(links[0]);
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + m[1].length, 0);
    expect(inline, path.relative(outDir, file)).toBeLessThanOrEqual(INLINE_STYLE_MAX);
  }
  expect([...hrefs]).toHaveLength(1);
});

for (const { kind, path: url } of PAGES) {
  test(`the ${kind} loads one CSS file, before and after its scripts and charts have loaded`, async ({ page, watch }) => {
    if (kind === '404') watch.allow.push(/status of 404/);
    const css: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'stylesheet') css.push(r.url()); });
    await page.goto(url);
    // Scroll to the end, so every chart's code-split chunk has come in.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(css).toHaveLength(1);
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1);
    const inline = await page.locator('style').evaluateAll((els) => els.reduce((n, s) => n + (s.textContent ?? '').length, 0));
    expect(inline).toBeLessThanOrEqual(INLINE_STYLE_MAX);
  });
}
