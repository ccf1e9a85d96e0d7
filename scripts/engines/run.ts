/**
 * `npm run test:engines [-- --engine=firefox|webkit]`: the cross-engine browser suite
 * (tests/engines) against the built out/ folder, in Firefox and in WebKit (both by default).
 * It starts and stops everything it needs itself: a static server for out/, Xvfb and
 * WebKitWebDriver. One browser session per engine runs every test, then a second browser with
 * prefers-reduced-motion runs the reduced-motion check. An engine that cannot be had is a failure.
 * Writes reports/engines.json (read by scripts/test-summary.mjs) and exits non-zero on any failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KnownLimit, type Engine, type EngineName } from '../../tests/engines/driver';
import { launchFirefox } from '../../tests/engines/firefox';
import { startXvfb, type Display } from '../../tests/engines/processes';
import { serveOut } from '../../tests/engines/server';
import { OUT } from '../../tests/engines/site';
import { engineTests, reducedMotionTest, type EngineTest, type Memo } from '../../tests/engines/suite';
import { launchWebKit } from '../../tests/engines/webkit';

type Status = 'passed' | 'failed' | 'known limit';
interface Result { name: string; status: Status; ms: number; note?: string; error?: string }
interface EngineReport { engine: EngineName; version: string | null; problem: string | null; tests: Result[] }

const ALL: EngineName[] = ['firefox', 'webkit'];
const TEST_TIMEOUT_MS = 120_000;

function chosenEngines(argv: string[]): EngineName[] {
  const picked = argv.filter((a) => a.startsWith('--engine=')).flatMap((a) => a.slice('--engine='.length).split(','));
  for (const e of picked) if (!ALL.includes(e as EngineName)) throw new Error(`unknown engine "${e}" (known: ${ALL.join(', ')})`);
  return picked.length ? (picked as EngineName[]) : ALL;
}

async function runTest(engine: Engine, test: EngineTest, memo: Memo): Promise<Result> {
  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const note = await Promise.race([
      test.run(engine, memo),
      new Promise<never>((_, fail) => { timer = setTimeout(() => fail(new Error(`timed out after ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS); }),
    ]);
    return { name: test.name, status: 'passed', ms: Date.now() - t0, ...(note ? { note } : {}) };
  } catch (e) {
    const status: Status = e instanceof KnownLimit ? 'known limit' : 'failed';
    return { name: test.name, status, ms: Date.now() - t0, error: (e as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

const MARK: Record<Status, string> = { passed: '✓', failed: '✘', 'known limit': '–' };

function print(engine: EngineName, r: Result) {
  const detail = r.status === 'passed' ? (r.note ? `\n      ${r.note}` : '') : `\n      ${r.status}: ${r.error?.split('\n').join('\n      ')}`;
  console.log(`  ${MARK[r.status]} [${engine}] ${r.name} (${(r.ms / 1000).toFixed(1)} s)${detail}`);
}

async function runEngine(name: EngineName, origin: string, display: () => Promise<Display>): Promise<EngineReport> {
  const report: EngineReport = { engine: name, version: null, problem: null, tests: [] };
  const launch = async (reducedMotion: boolean) =>
    name === 'firefox' ? launchFirefox({ origin, reducedMotion }) : launchWebKit({ origin, reducedMotion, display: (await display()).name });
  const session = async (reducedMotion: boolean, tests: EngineTest[]) => {
    let engine: Engine;
    try {
      engine = await launch(reducedMotion);
    } catch (e) {
      report.problem ??= `${name} could not be started: ${(e as Error).message}`;
      const r: Result = { name: `${name} starts${reducedMotion ? ' with reduced motion' : ''}`, status: 'failed', ms: 0, error: (e as Error).message };
      report.tests.push(r);
      print(name, r);
      return;
    }
    report.version ??= engine.version;
    if (!reducedMotion) console.log(`\n${name} ${engine.version}`);
    const memo: Memo = new Map();
    try {
      for (const test of tests) {
        const r = await runTest(engine, test, memo);
        report.tests.push(r);
        print(name, r);
      }
    } finally {
      await engine.close().catch(() => {});
    }
  };
  await session(false, engineTests());
  if (!report.problem) await session(true, [reducedMotionTest]);
  return report;
}

async function main() {
  const engines = chosenEngines(process.argv.slice(2));
  const reportFile = path.join(process.cwd(), 'reports', 'engines.json');
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.rmSync(reportFile, { force: true });
  if (!fs.existsSync(path.join(OUT, 'index.html'))) throw new Error('out/ has no build: run `npm run build` first');

  const t0 = Date.now();
  const server = await serveOut(OUT, Number(process.env.ENGINES_PORT ?? 0));
  let xvfb: Promise<Display> | null = null;
  const display = () => (xvfb ??= startXvfb());
  const reports: EngineReport[] = [];
  try {
    for (const name of engines) reports.push(await runEngine(name, server.origin, display));
  } finally {
    await server.close();
    if (xvfb) await (xvfb as Promise<Display>).then((d) => d.stop(), () => {});
  }

  const count = (r: EngineReport, s: Status) => r.tests.filter((t) => t.status === s).length;
  const passed = reports.reduce((n, r) => n + count(r, 'passed'), 0);
  const failed = reports.reduce((n, r) => n + count(r, 'failed'), 0);
  const limits = reports.flatMap((r) => r.tests.filter((t) => t.status === 'known limit').map((t) => `${r.engine}: ${t.name}: ${t.error}`));
  const seconds = Math.round((Date.now() - t0) / 1000);
  fs.writeFileSync(reportFile, `${JSON.stringify({ engines: reports, passed, failed, limits, seconds }, null, 2)}\n`);

  console.log(`\nEngines (${seconds} s):`);
  for (const r of reports) {
    const what = r.problem ? `NOT RUN: ${r.problem}` : `${r.version}: ${count(r, 'passed')} passed, ${count(r, 'failed')} failed`;
    console.log(`  ${r.engine} ${what}${count(r, 'known limit') ? `, ${count(r, 'known limit')} known limit` : ''}`);
  }
  for (const l of limits) console.log(`  known limit: ${l}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`engines: ${(e as Error).message}`);
  process.exitCode = 1;
});
