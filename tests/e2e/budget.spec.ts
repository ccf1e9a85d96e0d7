/**
 * The JavaScript budget (issue: performance): every chapter page loads at most 165 KiB of gzipped
 * JavaScript, counting every script the browser actually fetches while a reader opens the page and
 * scrolls it to the end (so code-split chart chunks count too). Sizes are gzip -9 of the files in
 * out/, so the figure is deterministic. Timings live in `npm run bench`, not here.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, expect } from './fixtures';
import { chapterSlugs, outDir } from './chapters';

const BUDGET_KIB = 165;

for (const route of ['/', ...chapterSlugs.map((s) => `/${s}`)]) {
  test(`${route} loads at most ${BUDGET_KIB} KiB of gzipped JavaScript`, async ({ page, baseURL }, info) => {
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.url().startsWith(baseURL!)) scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(route);
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
    });
    await page.waitForLoadState('networkidle');
    const sizes = [...scripts].map((p) => zlib.gzipSync(fs.readFileSync(path.join(outDir, decodeURIComponent(p))), { level: 9 }).length);
    const kib = sizes.reduce((a, b) => a + b, 0) / 1024;
    info.annotations.push({ type: 'js-gzip-kib', description: kib.toFixed(1) });
    expect(scripts.size).toBeGreaterThan(0);
    expect(kib).toBeLessThanOrEqual(BUDGET_KIB);
  });
}
