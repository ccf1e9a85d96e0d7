/** Running test code inside a page, the same way in every engine: by source text over the driver. */
import type { Tab } from './driver';
import { NOT_READY } from '../e2e/hydration';

/** A function run inside the page. It must be self-contained: it is sent as source text. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(fn, "name")`
 * helper that exists only in Node; sent to a page, the source gets a local no-op in its place.
 */
const NAME_SHIM = 'var __name = function (f) { return f; };';

export async function evaluate<A extends unknown[], R>(tab: Tab, fn: PageFunction<A, R>, ...args: A): Promise<R> {
  return (await tab.run(`${NAME_SHIM} return (${fn.toString()}).apply(null, arguments);`, args)) as R;
}

/**
 * Waits, inside the page, until pred(...args) returns something truthy, checking every 30 ms; after
 * timeoutMs it fails with `what` and the last value pred returned. No fixed sleeps: it returns the
 * moment the state is there.
 */
export async function waitFor<A extends unknown[], R>(tab: Tab, what: string, pred: PageFunction<A, R>, args: A, timeoutMs = 10_000): Promise<R> {
  const body = `${NAME_SHIM}
    var pred = (${pred.toString()}), args = arguments[0], timeout = arguments[1], t0 = Date.now();
    return new Promise(function (done) {
      (function tick() {
        var v;
        try { v = pred.apply(null, args); } catch (e) { v = 'threw: ' + e; }
        if (v && !(typeof v === 'string' && v.indexOf('threw: ') === 0)) return done({ ok: true, value: v });
        if (Date.now() - t0 > timeout) return done({ ok: false, value: v === undefined ? null : v });
        setTimeout(tick, 30);
      })();
    });`;
  const r = (await tab.run(body, [args, timeoutMs])) as { ok: boolean; value: unknown };
  if (!r.ok) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(r.value)})`);
  return r.value as R;
}

/** Loads a path and waits until every hydrating part of the page is ready, as the Playwright fixture does. */
export async function open(tab: Tab, path: string) {
  await tab.goto(path);
  await waitFor(tab, `${path} to hydrate`, (sel: string) => document.readyState === 'complete' && !document.querySelector(sel), [NOT_READY], 20_000);
}

export interface PageTrouble { watcher: boolean; errors: string[]; offOrigin: string[] }

/** What the page watcher (page-watch.js) saw, and every resource the page fetched from another origin. */
export function trouble(tab: Tab): Promise<PageTrouble> {
  return evaluate(tab, () => {
    const w = (window as unknown as { __engineWatch?: string[] }).__engineWatch;
    const offOrigin = performance.getEntriesByType('resource').map((e) => e.name)
      .filter((n) => !n.startsWith(location.origin) && !n.startsWith('data:') && !n.startsWith('blob:'));
    return { watcher: Array.isArray(w), errors: w ?? [], offOrigin };
  });
}
