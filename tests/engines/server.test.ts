/**
 * The engine suite's own plumbing, without a browser: the server it reads every page through, and
 * the closing Summary line that counts its results (a missing engine must count as a failure).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOut, WATCH_PATH, type Served } from './server';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-out-'));
let served: Served;

beforeAll(async () => {
  fs.writeFileSync(path.join(root, 'index.html'), '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>cover</title></head><body>cover</body></html>');
  fs.writeFileSync(path.join(root, 'the-bet.html'), '<!DOCTYPE html><html><head><title>chapter</title></head><body>chapter</body></html>');
  fs.writeFileSync(path.join(root, '404.html'), '<html><head></head><body>not here</body></html>');
  fs.mkdirSync(path.join(root, '_next'));
  fs.writeFileSync(path.join(root, '_next', 'app.js'), 'console.log(1)');
  served = await serveOut(root, 0);
});
afterAll(async () => {
  await served.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the engine suite’s server', () => {
  it('serves clean URLs with the page watcher first in <head>, right after the charset', async () => {
    const cover = await (await fetch(`${served.origin}/`)).text();
    expect(cover.startsWith(`<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="${WATCH_PATH}"></script><title>`)).toBe(true);
    const chapter = await fetch(`${served.origin}/the-bet`);
    expect(chapter.status).toBe(200);
    expect(await chapter.text()).toContain(`<head><script src="${WATCH_PATH}"></script><title>chapter`);
  });

  it('serves the watcher and assets untouched, and 404.html for unknown paths', async () => {
    const watch = await fetch(`${served.origin}${WATCH_PATH}`);
    expect(watch.headers.get('content-type')).toMatch(/javascript/);
    expect(await watch.text()).toContain('__engineWatch');
    expect(await (await fetch(`${served.origin}/_next/app.js`)).text()).toBe('console.log(1)');
    const missing = await fetch(`${served.origin}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not here');
  });
});

describe('scripts/test-summary.mjs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-summary-'));
  const write = (name: string, value: unknown) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, JSON.stringify(value));
    return f;
  };
  const unit = write('unit.json', { numPassedTests: 3, numFailedTests: 0 });
  const e2e = write('e2e.json', { stats: { expected: 5, unexpected: 0, flaky: 0 } });
  const summary = (engines: string) => {
    const r = spawnSync('node', ['scripts/test-summary.mjs', unit, e2e, engines], { encoding: 'utf8' });
    return { code: r.status, last: r.stdout.trim().split('\n').at(-1) };
  };

  it('counts the engine tests and names the engines that ran', () => {
    const engines = write('engines.json', {
      passed: 4, failed: 1, limits: [],
      engines: [
        { engine: 'firefox', version: '153.8.0', problem: null, tests: [{ status: 'passed' }, { status: 'passed' }] },
        { engine: 'webkit', version: '2.50.6', problem: null, tests: [{ status: 'passed' }, { status: 'passed' }, { status: 'failed' }] },
      ],
    });
    expect(summary(engines)).toEqual({ code: 1, last: 'Summary: 12 passed, 1 failed (engines: firefox 153.8.0, webkit 2.50.6)' });
  });

  it('says an engine was not run, and fails', () => {
    const engines = write('missing.json', {
      passed: 0, failed: 1, limits: [],
      engines: [{ engine: 'webkit', version: null, problem: 'WebKit not found', tests: [{ status: 'failed' }] }],
    });
    expect(summary(engines)).toEqual({ code: 1, last: 'Summary: 8 passed, 1 failed (engines: webkit not run)' });
  });

  it('fails when the engine suite left no report', () => {
    expect(summary(path.join(dir, 'none.json'))).toEqual({ code: 1, last: 'Summary: 8 passed, 1 failed (engines: not run)' });
  });
});
