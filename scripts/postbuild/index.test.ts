import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPostbuild, STEPS } from './index';
import { swStep } from './sw';

const html = (title: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>${title}</title><script src="/_next/static/chunks/a.js" async=""></script>` +
  `</head><body><p>${title}</p><script>self.__next_f=[]</script></body></html>`;

let dirs: string[] = [];
afterEach(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A tiny exported site: two pages (one of them the deck), a chunk, the icon, and sw.js's template. */
function site(pages: Record<string, string> = { 'index.html': html('Cover'), 'present.html': html('Deck') }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-'));
  dirs.push(dir);
  const out = path.join(dir, 'out');
  fs.mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true });
  fs.writeFileSync(path.join(out, '_next/static/chunks/a.js'), 'console.log(1)');
  fs.writeFileSync(path.join(out, 'icon.svg'), '<svg/>');
  for (const [f, text] of Object.entries(pages)) fs.writeFileSync(path.join(out, f), text);
  const template = path.join(dir, 'sw.js');
  fs.writeFileSync(template, "const VERSION = 'dev';\nconst PRECACHE = [];\n");
  return { out, template };
}

const read = (out: string, f: string) => fs.readFileSync(path.join(out, f), 'utf8');
const sha = (code: string) => `'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`;

describe('the post-build steps', () => {
  it('run perf, then csp, then sw', () => {
    expect(STEPS.map((s) => s.name)).toEqual(['perf', 'csp', 'sw']);
  });

  it('each build on the one before: the policy hashes the loader, the offline copy hashes the final pages', () => {
    const { out, template } = site();
    const lines: string[] = [];
    STEPS.slice(0, 2).forEach((s) => lines.push(s.run(out)));
    lines.push(swStep(out, template));
    const page = read(out, 'index.html');
    const loader = /<script>(\(function\(s,p\)[\s\S]*?)<\/script><\/body>/.exec(page)![1];
    expect(page).toContain(sha(loader));
    expect(read(out, '_next/static/chunks/a.js').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    const sw = read(out, 'sw.js');
    expect(sw).toContain('const PRECACHE = ["/present","/_next/static/chunks/a.js","/icon.svg"];');
    // Re-running swStep on the same files gives the same version; changing a page after it would not.
    expect(swStep(out, template)).toBe(lines[2]);
    fs.writeFileSync(path.join(out, 'present.html'), read(out, 'present.html').replace('Deck', 'Deck!'));
    expect(swStep(out, template)).not.toBe(lines[2]);
  });

  it('stop the build at the first step that misses what it expects, naming the step and the file', () => {
    const { out } = site({ 'index.html': html('Cover').replace('<meta charSet="utf-8"/>', ''), 'present.html': html('Deck') });
    const log: string[] = [];
    expect(() => runPostbuild(out, (l) => log.push(l))).toThrow(`step 2 (csp): ${path.join(out, 'index.html')}: expected a <meta charset> in <head>`);
    expect(log).toEqual([expect.stringMatching(/^post-build 1\/3 perf: compile hints on 1 chunks; 2 of 2 pages/)]);
  });

  it('refuse an out/ without the deck, which the offline copy needs', () => {
    const { out, template } = site({ 'index.html': html('Cover') });
    expect(() => swStep(out, template)).toThrow(`${path.join(out, 'present.html')}: expected the deck's page`);
  });

  it('refuse a service-worker template without the lines to stamp', () => {
    const { out, template } = site();
    fs.writeFileSync(template, 'self.addEventListener("fetch", () => {});\n');
    expect(() => swStep(out, template)).toThrow(/public\/sw\.js: expected the lines/);
  });
});
