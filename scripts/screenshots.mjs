// `npm run screenshots`: what a reader sees, photographed from the built site (run `npm run build`
// first). Serves out/ on $SCREENSHOT_PORT (3130 unless set) and writes docs/screenshots/*.png: a
// chapter in the middle of a scrolly on three phones and a desktop, the header on the smallest
// phone, the data room and a deck slide on a phone. Charts are shown in their settled state
// (reduced motion, so no transition is caught half-way). `node scripts/screenshots.mjs loss` makes
// only the shots whose name contains "loss".
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 3130);
const BASE = `http://localhost:${PORT}`;
const OUT = path.join(process.cwd(), 'docs', 'screenshots');
const only = process.argv[2] ?? '';
const chromePath = process.env.CHROMIUM_PATH || execSync('bash scripts/find-chromium.sh').toString().trim();

const phone = (width, height) => ({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** Scrolls the page so the nth step's top sits where a step link puts it, and waits for its chart state. */
async function atStep(page, n) {
  const id = await page.locator('[data-step]').nth(n).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    return el.id;
  });
  await page.waitForFunction((step) => document.querySelector(`.scrolly-graphic[data-active-step="${step}"]`), id);
}

const SHOTS = [
  ...[[320, 568], [390, 844], [430, 932]].map(([w, h]) => ({
    name: `chapter-phone-${w}x${h}`, context: phone(w, h), path: '/loss-per-car', step: 3,
  })),
  { name: 'chapter-desktop-1280x800', context: desktop, path: '/loss-per-car', step: 3 },
  { name: 'chapter-landscape-844x390', context: phone(844, 390), path: '/the-bet', step: 2 },
  { name: 'the-bet-phone-390x844', context: phone(390, 844), path: '/the-bet', step: 2 },
  { name: 'data-room-phone-390x844', context: phone(390, 844), path: '/data' },
  { name: 'deck-phone-390x844', context: phone(390, 844), path: '/present/loss-per-car#4' },
  { name: 'deck-landscape-844x390', context: phone(844, 390), path: '/present/loss-per-car#4' },
];

const server = spawn('npx', ['serve', 'out', '-l', String(PORT), '-c', '../serve.json', '--no-port-switching'], {
  env: { ...process.env, NO_UPDATE_CHECK: '1' }, stdio: 'ignore', detached: true,
});
const stopServer = () => { try { process.kill(-server.pid); } catch {} };
process.on('exit', stopServer);
for (let i = 0; i < 50; i++) {
  try { if ((await fetch(BASE)).ok) break; } catch {}
  await sleep(200);
}

fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost', '--disable-background-networking'],
});
try {
  for (const shot of SHOTS.filter((s) => s.name.includes(only))) {
    const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(BASE + shot.path);
    // Pages hydrate after their first paint: wait until every part that hydrates says so.
    await page.waitForFunction(() => document.readyState === 'complete'
      && !document.querySelector('.scrolly:not([data-ready]), .share:not([data-ready]), .chapter-menu:not([data-ready]), .deck-root:not([data-ready]), .fact-table:not([data-hydrated])'));
    await page.evaluate(() => document.fonts.ready);
    if (shot.step !== undefined) await atStep(page, shot.step);
    // Two frames: the chart's state and its raised labels are painted.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const file = path.join(OUT, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshots: ${path.relative(process.cwd(), file)}`);
    await context.close();
  }
} finally {
  await browser.close();
  stopServer();
}
