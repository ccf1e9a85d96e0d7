// The bench's in-browser measurements, under 4x CPU throttling through the DevTools protocol.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const OUT = path.resolve('out');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function throttledPage(browser) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  });
  return { context, page };
}

/** Scrolls the whole page at a steady 1,000 px/s and reports long tasks and slow frames during the scroll. */
export async function scrollJank(browser, url) {
  const { context, page } = await throttledPage(browser);
  const scripts = new Set();
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const r = await page.evaluate(async () => {
    const start = performance.now();
    const deltas = [];
    await new Promise((done) => {
      let last = start;
      const end = document.documentElement.scrollHeight - innerHeight;
      const tick = (t) => {
        deltas.push(t - last);
        last = t;
        const y = Math.min(end, ((t - start) / 1000) * 1000);
        window.scrollTo(0, y);
        if (y >= end) done();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const during = window.__longTasks.filter((t) => t.start >= start);
    return { frames: deltas.length, slow: deltas.slice(1).filter((d) => d > 16.7 + 1).length, longTasks: during.length, worstLongTask: Math.max(0, ...during.map((t) => t.duration)) };
  });
  await context.close();
  const loadedJsKiB = [...scripts].reduce((a, p) => {
    const file = path.join(OUT, decodeURIComponent(p));
    return a + (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : 0);
  }, 0) / 1024;
  return { ...r, slowFrameShare: r.frames > 1 ? r.slow / (r.frames - 1) : 0, loadedJsKiB };
}

/** Presses → in the deck and times each key press to the next painted frame (rAF, then a task after paint). */
export async function deckKeyToFrame(browser, url, presses = 12) {
  const { context, page } = await throttledPage(browser);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Ready: the deck has read its URL, listens to keys and has its animations loaded.
  await page.waitForSelector('.deck-root[data-ready]');
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__keyToFrame = [];
    addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__keyToFrame.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    }, { capture: true });
  });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
  }
  const times = await page.evaluate(() => window.__keyToFrame);
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { presses: times.length, median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], times };
}
