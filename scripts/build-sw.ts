/**
 * Runs at the end of `npm run build`, after the CSP step: writes out/sw.js, the deck's offline copy, from
 * public/sw.js with this build's version and file list (lib/precache.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { precacheUrls, stampServiceWorker, versionOf } from '@/lib/precache';

const OUT = 'out';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [path.relative(OUT, full).split(path.sep).join('/')];
  });
}

function main() {
  if (!fs.existsSync(path.join(OUT, 'present.html'))) throw new Error('out/present.html is missing: run `next build` first');
  const urls = precacheUrls(walk(OUT));
  const entries = urls.map((url) => {
    const file = path.join(OUT, url.startsWith('/_next/') || url === '/icon.svg' ? url : `${url}.html`);
    return { url, content: fs.readFileSync(file) };
  });
  const version = versionOf(entries);
  const sw = stampServiceWorker(fs.readFileSync(path.join('public', 'sw.js'), 'utf8'), version, urls);
  fs.writeFileSync(path.join(OUT, 'sw.js'), sw);
  const kib = entries.reduce((n, e) => n + e.content.length, 0) / 1024;
  console.log(`Service worker: version ${version}, ${urls.length} files (${kib.toFixed(0)} KiB) cached for offline presenting.`);
}

try {
  main();
} catch (e) {
  console.error(`build-sw: ${(e as Error).message}`);
  process.exit(1);
}
