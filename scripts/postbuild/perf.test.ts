import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { parsePage } from './html';
import { COMPILE_HINT, hydrateAfterPaint as hydratePage, loaderOf, loaderScript, readLoader, withCompileHint } from './perf';

const hydrateAfterPaint = (html: string, file = 'out/page.html') => hydratePage(parsePage(file, html));

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

type PaintList = { getEntriesByName: (name: string) => unknown[] };

/** Runs the loader against a fake document (and, unless `paintTiming` is false, a fake paint observer). */
function runLoader(code: string, visibilityState: 'visible' | 'hidden', paintTiming = true) {
  const appended: Record<string, string>[] = [];
  const frames: (() => void)[] = [];
  const timers: { f: () => void; ms: number }[] = [];
  const observers: ((list: PaintList) => void)[] = [];
  const document = {
    visibilityState,
    createElement: (tag: string) => ({ tag }) as Record<string, string>,
    head: { appendChild: (e: Record<string, string>) => appended.push(e) },
  };
  class PerformanceObserver {
    constructor(private cb: (list: PaintList) => void) {}
    observe(opts: { type: string }) {
      if (opts.type === 'paint') observers.push(this.cb);
    }
  }
  vm.runInNewContext(code, {
    document,
    ...(paintTiming ? { PerformanceObserver } : {}),
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void, ms = 0) => timers.push({ f, ms }),
  });
  const paint = (name: string) => observers.forEach((cb) => cb({ getEntriesByName: (n) => (n === name ? [{}] : []) }));
  const run = (ms: number) => timers.filter((t) => t.ms === ms).forEach((t) => t.f());
  return { appended, frames, paint, run };
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

  it('starts every chunk from a loader at the end of <body>, once the first contentful paint is on screen', () => {
    const loader = /<script>(\(function\(s,p\)[\s\S]*?)<\/script><\/body>/.exec(out)?.[1];
    expect(loader).toBeDefined();
    const { appended, frames, paint, run } = runLoader(loader!, 'visible');
    frames.forEach((f) => f());
    paint('first-paint');
    run(0);
    expect(appended).toHaveLength(0);
    paint('first-contentful-paint');
    run(0);
    expect(appended.filter((e) => e.tag === 'script').map((e) => e.src)).toEqual(['/_next/static/chunks/framework.js', '/_next/static/chunks/entry.js']);
    expect(appended.filter((e) => e.tag === 'link').map((e) => [e.rel, e.as, e.href])).toEqual([['preload', 'script', '/_next/static/chunks/chart.js']]);
    expect(appended.every((e) => e.tag === 'link' || e.async)).toBe(true);
  });

  it('falls back to half a second after the first frame where there is no paint timing', () => {
    const { appended, frames, run } = runLoader(loaderScript(['/a.js'], ['/b.js']), 'visible', false);
    frames.forEach((f) => f());
    run(0);
    expect(appended).toHaveLength(0);
    run(500);
    expect(appended.map((e) => e.src ?? e.href)).toEqual(['/a.js', '/b.js']);
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

describe('what the perf step expects of a page', () => {
  it('fails, naming the file, when a page Next rendered has no chunk scripts it recognises', () => {
    const changed = page.replace(/ async=""/g, ' defer=""');
    expect(() => hydrateAfterPaint(changed, 'out/the-bet.html')).toThrow('out/the-bet.html: expected chunk scripts with only src and async (the loader starts them so); /_next/static/chunks/framework.js has defer');
    const none = page.replace(/<script src="[^"]+" async=""><\/script>/g, '');
    expect(() => hydrateAfterPaint(none, 'out/the-bet.html')).toThrow('out/the-bet.html: expected Next\'s chunk scripts (<script src="/_next/static/chunks/…" async>) beside its inline payload; found none');
  });

  it('fails when a chunk script carries an attribute the loader would drop', () => {
    const nonce = page.replace('framework.js" async=""', 'framework.js" async="" nonce="x"');
    expect(() => hydrateAfterPaint(nonce, 'out/a.html')).toThrow('out/a.html: expected chunk scripts with only src and async (the loader starts them so); /_next/static/chunks/framework.js has nonce');
  });

  it('fails when there is no closing </body> to put the loader before', () => {
    expect(() => hydrateAfterPaint(page.replace('</body></html>', ''), 'out/b.html')).toThrow('out/b.html: expected a closing </body> tag');
  });

  it('keeps every byte it does not mean to change, however Next spells the attributes', () => {
    const spelled = page.replace('framework.js" async=""', 'framework.js" async').replace('<p>Text</p>', '<p class=x>Text &amp; more</p>');
    const out = hydrateAfterPaint(spelled);
    expect(out).toContain('<p class=x>Text &amp; more</p>');
    expect(out).toContain('<meta charSet="utf-8"/>');
    expect(out).not.toContain('framework.js" async');
    expect(out).toContain('["/_next/static/chunks/framework.js","/_next/static/chunks/entry.js"]');
  });
});

describe('reading a loader back (what scripts/measure-js.mjs counts)', () => {
  it('gives the scripts and preloads a page starts, and nothing for other code', () => {
    expect(readLoader(loaderScript(['/a.js', '/b.js'], ['/c.js']))).toEqual({ scripts: ['/a.js', '/b.js'], preloads: ['/c.js'] });
    expect(readLoader('(self.__next_f=self.__next_f||[]).push([0])')).toBeNull();
    expect(loaderOf(parsePage('out/page.html', hydrateAfterPaint(page)))).toEqual({
      scripts: ['/_next/static/chunks/framework.js', '/_next/static/chunks/entry.js'],
      preloads: ['/_next/static/chunks/chart.js'],
    });
  });
});

