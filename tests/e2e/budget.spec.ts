/**
 * The JavaScript budget (issue: performance): every chapter page loads at most 190 KiB of gzipped
 * JavaScript, counting every script the browser actually fetches while a reader opens the page and
 * scrolls it to the end (so code-split chart chunks count too). Sizes are gzip -9 of the files in
 * out/, so the figure is deterministic. Timings live in `npm run bench`, not here.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, expect } from './fixtures';
import { chapterSlugs, outDir } from './chapters';
import { chapterSlugsZh } from './pages';

/** Both editions' covers and chapters: the Chinese pages are held to the same budgets. */
const ROUTES = ['/', ...chapterSlugs.map((s) => `/${s}`), '/zh', ...chapterSlugsZh.map((s) => `/zh/${s}`)];

const BUDGET_KIB = 190;

for (const route of ROUTES) {
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

/**
 * How the pages keep the main thread free while they load (scripts/postbuild/perf.ts): nothing in
 * the served HTML fetches or runs a chunk before the first paint, a loader starts them after it and
 * the page still hydrates; every chunk carries V8's compile hint on its first line.
 */
for (const route of ROUTES) {
  test(`${route} starts its scripts after the first paint, and they carry compile hints`, async ({ page, request }) => {
    const html = await (await request.get(route)).text();
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(html).not.toMatch(/<link rel="preload"[^>]*as="script"/);
    const loader = /<script>\(function\(s,p\)[\s\S]*?\((\[[^\]]*\]),(\[[^\]]*\])\)<\/script><\/body>/.exec(html);
    expect(loader, 'the loader at the end of <body>').not.toBeNull();
    const chunks: string[] = [...JSON.parse(loader![1]), ...JSON.parse(loader![2])];
    expect(chunks.length).toBeGreaterThan(2);
    for (const url of chunks) expect((await (await request.get(url)).text()).startsWith('//# allFunctionsCalledOnLoad\n'), url).toBe(true);

    const chunkStarts: number[] = [];
    await page.exposeFunction('__chunkRequested', (t: number) => chunkStarts.push(t));
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (/\/_next\/static\/chunks\/[^?]+\.js$/.test(e.name)) (window as unknown as { __chunkRequested: (t: number) => void }).__chunkRequested(e.startTime);
      }).observe({ type: 'resource', buffered: true });
    });
    await page.goto(route);
    const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    expect(firstPaint).toBeGreaterThan(0);
    await expect.poll(() => chunkStarts.length).toBeGreaterThan(0);
    expect(Math.min(...chunkStarts)).toBeGreaterThanOrEqual(firstPaint);
    // The scripts ran and the page hydrated: Next's runtime is up and every scrolly's engine listens.
    expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');
    const scrollies = page.locator('.scrolly');
    await expect(scrollies).toHaveCount(await page.locator('.scrolly[data-ready]').count());
    if (route !== '/' && route !== '/zh') expect(await scrollies.count()).toBeGreaterThan(0);
  });
}
