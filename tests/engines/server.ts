/**
 * Serves the built out/ folder for the engine suite the way `serve` does with serve.json (clean
 * URLs, 404.html), and puts the page watcher (page-watch.js) first in every HTML page's <head>.
 * It is a same-origin script, so the pages' Content Security Policy ('self' plus hashes) allows it
 * and the build's bytes are otherwise served unchanged.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const WATCH_PATH = '/__engines/page-watch.js';
const WATCH_SOURCE = fs.readFileSync(path.join(import.meta.dirname, 'page-watch.js'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
};

function resolve(root: string, urlPath: string): string | null {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  const candidates = urlPath.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

function withWatcher(html: string): string {
  const tag = `<script src="${WATCH_PATH}"></script>`;
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  return html.replace(/<head[^>]*>/i, (m) => m + tag);
}

export interface Served { origin: string; close(): Promise<void> }

export async function serveOut(root: string, port: number): Promise<Served> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === WATCH_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      res.end(WATCH_SOURCE);
      return;
    }
    let file = resolve(root, url.pathname);
    let status = 200;
    if (!file) {
      file = path.join(root, '404.html');
      status = 404;
    }
    const ext = path.extname(file);
    // Next's own card route writes extensionless opengraph-image files (docs/toolchain.md, "Social
    // cards"); this site renders public/og/*.png instead, but such a file is still served as a PNG.
    const type = TYPES[ext] ?? (path.basename(file).startsWith('opengraph-image') ? 'image/png' : 'application/octet-stream');
    const body = fs.readFileSync(file);
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(ext === '.html' ? withWatcher(body.toString('utf8')) : body);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${bound}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
