/**
 * The offline copy's manifest: which URLs the service worker caches on install, and the version
 * that names its cache. Pure, so the build script (scripts/postbuild/sw.ts) only does the file I/O.
 */
import { createHash } from 'node:crypto';

/**
 * URLs for the files of an exported build (paths relative to out/, '/'-separated): the deck's
 * pages in both editions (present.html, present/*.html and the same under zh/, served as clean
 * URLs), the icon, and every build asset.
 */
export function precacheUrls(files: readonly string[]): string[] {
  const pages = files
    .filter((f) => /^(?:zh\/)?present(?:\/[^/]+)?\.html$/.test(f))
    .map((f) => `/${f.replace(/\.html$/, '')}`)
    .sort();
  const assets = files.filter((f) => f.startsWith('_next/static/') || f === 'icon.svg').map((f) => `/${f}`).sort();
  return [...pages, ...assets];
}

/** A short hash of the cached files' contents: same files, same version; any change, a new cache. */
export function versionOf(entries: readonly { url: string; content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(e.url).update('\0').update(e.content).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const VERSION_LINE = /^const VERSION = '[^']*';$/m;
const PRECACHE_LINE = /^const PRECACHE = \[[^\]]*\];$/m;

/** The service worker's source with its version and file list written in. */
export function stampServiceWorker(template: string, version: string, urls: readonly string[]): string {
  if (!VERSION_LINE.test(template) || !PRECACHE_LINE.test(template))
    throw new Error('public/sw.js: expected the lines "const VERSION = \'...\';" and "const PRECACHE = [...];" to stamp');
  if (!/^[\w-]+$/.test(version)) throw new Error(`service worker version "${version}" must be letters, digits, - or _`);
  return template.replace(VERSION_LINE, `const VERSION = '${version}';`).replace(PRECACHE_LINE, `const PRECACHE = ${JSON.stringify(urls)};`);
}
