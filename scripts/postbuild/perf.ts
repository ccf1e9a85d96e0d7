/**
 * Post-build step 1 of 3 (before the CSP step, which hashes the loader written here): two changes
 * that take work off the main thread while a page first loads. Both were measured with `npm run bench`
 * (README, "Performance"); neither changes what the page does.
 *
 * 1. Compile hints. Every client chunk gets `//# allFunctionsCalledOnLoad` as its first line. Chrome
 *    (136+) then compiles the chunk's functions on the background thread that streams the script,
 *    instead of lazily on the main thread when each module factory first runs. Every chunk a page
 *    loads is a chunk it runs at once (the framework, the scrolly, the chart of this chapter), so the
 *    eager work is never wasted. Other browsers read the line as a comment.
 * 2. Hydrate after the first paint. Next puts its chunks in <head> as async scripts and preloads,
 *    which download beside the HTML, CSS and font the first paint needs, and run as soon as they
 *    arrive, often before the browser has painted the text they hydrate. Here a small loader at the
 *    end of <body> (loader.mjs) starts them once the first paint is on screen: the framework chunks as
 *    scripts, the chunks Next only preloaded (this chapter's chart) as preloads. The prose, the
 *    figures and the first chart state are server-rendered, so nothing above the fold waits on
 *    JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element } from 'domhandler';
import { applyEdits, byName, closeTagStart, elements, fail, outerRange, parsePage, PostbuildError, rawInner, theElement, type Page } from './html';
import { listFiles, isPage } from './files';
import { LOADER_START, loaderScript, readLoader } from './loader.mjs';

export { loaderScript, readLoader };

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunk's source with the compile hint as its first line (once). */
export function withCompileHint(js: string): string {
  return js.startsWith(COMPILE_HINT) ? js : COMPILE_HINT + js;
}

const CHUNK_URL = /^\/_next\/static\/chunks\/[^"]+\.js$/;
const isChunkScript = (el: Element) => el.name === 'script' && CHUNK_URL.test(el.attribs.src ?? '') && !('nomodule' in el.attribs);
const isScriptPreload = (el: Element) => el.name === 'link' && el.attribs.rel === 'preload' && el.attribs.as === 'script';
const isInlineScript = (el: Element) => el.name === 'script' && !('src' in el.attribs);

/** The page with no chunk fetched or run before its first paint, and the loader that starts them after. */
export function hydrateAfterPaint(page: Page): string {
  const chunkScripts = elements(page, isChunkScript);
  const inline = elements(page, isInlineScript).map((el) => rawInner(page, el));
  const hasLoader = inline.some((code) => code.startsWith(LOADER_START));
  if (chunkScripts.length === 0) {
    // Already done (the step is safe to run twice), or a page Next did not render (nothing to start).
    if (hasLoader || !inline.some((code) => code.includes('self.__next_f'))) return page.html;
    fail(page, 'Next\'s chunk scripts (<script src="/_next/static/chunks/…" async>) beside its inline payload; found none');
  }
  if (hasLoader) fail(page, 'either the loader or chunk scripts, not both (was the step run on a page Next rewrote?)');
  for (const el of chunkScripts) {
    const other = Object.keys(el.attribs).filter((a) => a !== 'src' && a !== 'async');
    if (!('async' in el.attribs) || other.length > 0)
      fail(page, `chunk scripts with only src and async (the loader starts them so); ${el.attribs.src} has ${other.length ? other.join(', ') : 'no async'}`);
  }
  const scripts = [...new Set(chunkScripts.map((el) => el.attribs.src))];
  const preloadTags = elements(page, isScriptPreload);
  const preloads = [...new Set(preloadTags.map((el) => el.attribs.href ?? ''))].filter((u) => u && !scripts.includes(u));
  const body = theElement(page, byName('body'), 'a <body>');
  return applyEdits(page.html, [
    ...[...chunkScripts, ...preloadTags].map((el) => {
      const [start, end] = outerRange(el);
      return { start, end, text: '' };
    }),
    { start: closeTagStart(page, body), end: closeTagStart(page, body), text: `<script>${loaderScript(scripts, preloads)}</script>` },
  ]);
}

/** The step over out/: compile hints on every chunk, then every page's scripts moved into its loader. */
export function perfStep(out: string): string {
  const files = listFiles(out);
  const chunks = files.filter((f) => f.startsWith('_next/static/') && f.endsWith('.js'));
  if (chunks.length === 0) throw new PostbuildError(`${path.join(out, '_next/static')}: expected the build's JS chunks; found none`);
  for (const f of chunks) {
    const file = path.join(out, f);
    fs.writeFileSync(file, withCompileHint(fs.readFileSync(file, 'utf8')));
  }
  const pages = files.filter(isPage);
  let withLoader = 0;
  for (const f of pages) {
    const file = path.join(out, f);
    const html = hydrateAfterPaint(parsePage(file, fs.readFileSync(file, 'utf8')));
    const loaded = loaderOf(parsePage(file, html));
    if (loaded) {
      withLoader++;
      for (const url of [...loaded.scripts, ...loaded.preloads])
        if (!fs.existsSync(path.join(out, url))) throw new PostbuildError(`${file}: expected ${url}, which its loader starts, in ${out}/`);
    }
    fs.writeFileSync(file, html);
  }
  if (withLoader === 0) throw new PostbuildError(`${out}: expected pages with Next's chunk scripts; no page has any`);
  return `compile hints on ${chunks.length} chunks; ${withLoader} of ${pages.length} pages hydrate after their first paint`;
}

/** What a processed page's loader starts (null when it has none). */
export function loaderOf(page: Page): { scripts: string[]; preloads: string[] } | null {
  for (const el of elements(page, isInlineScript)) {
    const found = readLoader(rawInner(page, el));
    if (found) return found;
  }
  return null;
}
