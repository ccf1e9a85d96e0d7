import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
// @ts-expect-error plain ES module without types, run by node after `next build`
import { COMPILE_HINT, hydrateAfterPaint, loaderScript, withCompileHint } from './postbuild-perf.mjs';

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/entry.js"/>',
  '<script src="/_next/static/chunks/framework.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<link rel="preload" href="/_next/static/chunks/chart.js" as="script" fetchPriority="low"/>',
  '</head><body><p>Text</p><script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>',
  '<script src="/_next/static/chunks/entry.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

/** Runs the loader against a fake document and returns what it appended, in order. */
function runLoader(code: string, visibilityState: 'visible' | 'hidden') {
  const appended: Record<string, string>[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const document = {
    visibilityState,
    createElement: (tag: string) => ({ tag }) as Record<string, string>,
    head: { appendChild: (e: Record<string, string>) => appended.push(e) },
  };
  vm.runInNewContext(code, {
    document,
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => timers.push(f),
  });
  return { appended, frames, timers };
}

describe('compile hints', () => {
  it('puts the hint on the first line exactly once', () => {
    const once = withCompileHint('(globalThis.TURBOPACK||[]).push([])');
    expect(once.startsWith('//# allFunctionsCalledOnLoad\n(globalThis')).toBe(true);
    expect(withCompileHint(once)).toBe(once);
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});

describe('hydrate after the first paint', () => {
  const out = hydrateAfterPaint(page);

  it('leaves no chunk script or script preload for the parser to fetch before the first paint', () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(out).not.toMatch(/<link rel="preload"[^>]*as="script"/);
  });

  it('keeps the font preload, the stylesheet, the nomodule script and the inline payload', () => {
    expect(out).toContain('as="font"');
    expect(out).toContain('rel="stylesheet"');
    expect(out).toContain('noModule=""');
    expect(out).toContain('<script id="_R_">');
    expect(out).toContain('self.__next_f');
  });

  it('starts every chunk from a loader at the end of <body>, after the first frame', () => {
    const loader = /<script>(\(function\(s,p\)[\s\S]*?)<\/script><\/body>/.exec(out)?.[1];
    expect(loader).toBeDefined();
    const { appended, frames, timers } = runLoader(loader!, 'visible');
    expect(appended).toHaveLength(0);
    frames.forEach((f) => f());
    expect(appended).toHaveLength(0);
    timers.forEach((f) => f());
    expect(appended.filter((e) => e.tag === 'script').map((e) => e.src)).toEqual(['/_next/static/chunks/framework.js', '/_next/static/chunks/entry.js']);
    expect(appended.filter((e) => e.tag === 'link').map((e) => [e.rel, e.as, e.href])).toEqual([['preload', 'script', '/_next/static/chunks/chart.js']]);
    expect(appended.every((e) => e.tag === 'link' || e.async)).toBe(true);
  });

  it('starts at once in a hidden tab, which paints no frames', () => {
    const { appended } = runLoader(loaderScript(['/a.js'], []), 'hidden');
    expect(appended.map((e) => e.src)).toEqual(['/a.js']);
  });

  it('leaves a page with no chunk scripts as it was, and is safe to run twice', () => {
    expect(hydrateAfterPaint('<html><body>Static</body></html>')).toBe('<html><body>Static</body></html>');
    expect(hydrateAfterPaint(out)).toBe(out);
  });
});
