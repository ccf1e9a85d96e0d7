/**
 * Post-build step 3 of 3 (last, because it hashes the files as the other steps leave them): writes
 * out/sw.js, the deck's offline copy, from public/sw.js with this build's version and file list
 * (lib/precache.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { precacheUrls, stampServiceWorker, versionOf } from '@/lib/precache';
import { PostbuildError } from './html';
import { listFiles } from './files';

/** The exported file behind a cached URL: assets as they are, the deck's pages as clean URLs of .html files. */
export const fileOfUrl = (url: string) => (url.startsWith('/_next/') || url === '/icon.svg' ? url.slice(1) : `${url.slice(1)}.html`);

export function swStep(out: string, template = path.join('public', 'sw.js')): string {
  const files = listFiles(out);
  if (!files.includes('present.html')) throw new PostbuildError(`${path.join(out, 'present.html')}: expected the deck's page, which the offline copy caches (run \`next build\` first)`);
  if (!fs.existsSync(template)) throw new PostbuildError(`${template}: expected the service worker's source`);
  const urls = precacheUrls(files);
  const entries = urls.map((url) => ({ url, content: fs.readFileSync(path.join(out, fileOfUrl(url))) }));
  const version = versionOf(entries);
  let sw: string;
  try {
    sw = stampServiceWorker(fs.readFileSync(template, 'utf8'), version, urls);
  } catch (e) {
    throw new PostbuildError((e as Error).message);
  }
  fs.writeFileSync(path.join(out, 'sw.js'), sw);
  const kib = entries.reduce((n, e) => n + e.content.length, 0) / 1024;
  return `version ${version}, ${urls.length} files (${kib.toFixed(0)} KiB) cached for offline presenting`;
}
