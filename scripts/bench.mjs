// `npm run bench`: builds the site, serves out/ and measures every page the way a phone would meet it.
// For the cover and each chapter: JS and CSS (gzip; `jsKiB` is what the HTML starts, read from out/
// by measure-js.mjs; `loadedJsKiB`, the budget's figure, is what the browser fetched while scrolling
// to the end), Lighthouse mobile and desktop (median of 3 runs, each alone), and under 4x CPU
// throttling: long tasks while scrolling the page at a steady speed, the share of slow frames, and in
// the deck the time from a key press to the next painted frame.
// Writes bench-results/latest.json and prints a Markdown table; --readme also writes it into README.md.
// Run it alone: a build or a test beside it steals the CPU and the scores drop (docs/toolchain.md,
// "Benchmarks").
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { measureRoute, routes } from './measure-js.mjs';
import { scrollJank, deckKeyToFrame } from './bench-browser.mjs';

const args = new Set(process.argv.slice(2));
const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROMIUM_PATH || execSync('bash scripts/find-chromium.sh').toString().trim();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!args.has('--no-build')) execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });

const server = spawn('npx', ['serve', 'out', '-l', String(PORT), '-c', '../serve.json', '--no-port-switching'], {
  env: { ...process.env, NO_UPDATE_CHECK: '1' },
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => { try { process.kill(-server.pid); } catch {} };
process.on('exit', stopServer);
for (let i = 0; i < 50; i++) {
  try { if ((await fetch(BASE)).ok) break; } catch {}
  await sleep(200);
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

async function lighthouseRuns(url, formFactor) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        formFactor === 'desktop' ? desktopConfig : undefined);
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  return { score: median(runs.map((r) => r.score)), lcp: median(runs.map((r) => r.lcp)), tbt: median(runs.map((r) => r.tbt)), cls: median(runs.map((r) => r.cls)), runs };
}

const results = { date: new Date().toISOString(), runs: RUNS, pages: [], decks: [] };
const browser = await chromium.launch({ executablePath: chromePath, args: FLAGS.slice(2) });
try {
  // BENCH_ONLY=/zh measures only the pages whose path starts with it (one edition), for a quick check.
  for (const route of routes().filter((r) => !process.env.BENCH_ONLY || r.startsWith(process.env.BENCH_ONLY))) {
    const sizes = measureRoute(route);
    const mobile = await lighthouseRuns(BASE + route, 'mobile');
    const desktop = await lighthouseRuns(BASE + route, 'desktop');
    const scroll = await scrollJank(browser, BASE + route);
    results.pages.push({ route, jsKiB: sizes.js / 1024, cssKiB: sizes.css / 1024, loadedJsKiB: scroll.loadedJsKiB, mobile, desktop, scroll });
    console.log(`measured ${route}`);
  }
  // Both editions' decks: Chinese captions lay out and shape differently, so each is measured.
  for (const deck of ['/present', '/zh/present'].filter((r) => fs.existsSync(`out${r}.html`)))
    results.decks.push({ route: deck, ...(await deckKeyToFrame(browser, BASE + deck)) });
} finally {
  await browser.close();
  stopServer();
}

const BUDGET = { js: 190, score: 98, tbt: 100, cls: 0, longTasks: 0, keyToFrame: 100 };
const ok = (b) => (b ? 'ok' : 'OVER');
const rows = results.pages.map((p) => {
  const pass = p.loadedJsKiB <= BUDGET.js && p.mobile.score >= BUDGET.score && p.mobile.tbt <= BUDGET.tbt && p.mobile.cls <= BUDGET.cls && p.scroll.longTasks === BUDGET.longTasks;
  return `| ${p.route} | ${p.loadedJsKiB.toFixed(1)} | ${p.cssKiB.toFixed(1)} | ${p.mobile.score} | ${(p.mobile.lcp / 1000).toFixed(2)} s | ${Math.round(p.mobile.tbt)} ms | ${p.mobile.cls.toFixed(3)} | ${p.desktop.score} | ${(p.desktop.lcp / 1000).toFixed(2)} s | ${p.scroll.longTasks} | ${(p.scroll.slowFrameShare * 100).toFixed(1)}% | ${ok(pass)} |`;
});
const table = [
  `Measured ${results.date.slice(0, 10)}, median of ${RUNS} Lighthouse runs each; scroll and deck under 4x CPU throttling.`,
  '',
  '| page | JS KiB gz | CSS KiB gz | mobile score | mobile LCP | mobile TBT | CLS | desktop score | desktop LCP | long tasks (scroll) | slow frames | budgets |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  ...(results.decks.length
    ? results.decks.map((d) => `- Deck ${d.route}: key press to next painted frame, median ${d.median.toFixed(1)} ms, worst ${d.max.toFixed(1)} ms over ${d.presses} presses (budget ${BUDGET.keyToFrame} ms: ${ok(d.max < BUDGET.keyToFrame)}).`)
    : ['Deck: not built.']),
].join('\n');

fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
console.log(`\n${table}\n`);
if (args.has('--readme')) {
  const readme = fs.readFileSync('README.md', 'utf8');
  const next = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
  fs.writeFileSync('README.md', next);
}
process.exit(0);
