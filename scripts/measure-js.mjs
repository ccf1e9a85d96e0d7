// Measures the JavaScript and CSS a built page loads: the module <script src> tags and stylesheet
// links of its exported HTML, each file gzipped (toolchain note 6: Next 16 no longer prints this).
// Usage: node scripts/measure-js.mjs [route ...]  (default: the cover and every chapter)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');

export function htmlFile(route) {
  return path.join(OUT, route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`);
}

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** { js, css, scripts: [{src, bytes}] } in gzip bytes for one route of out/. */
export function measureRoute(route) {
  const html = fs.readFileSync(htmlFile(route), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => /\bsrc="/.test(attrs) && !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)[1]);
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const sized = (list) => [...new Set(list)].map((src) => ({ src, bytes: gz(path.join(OUT, decodeURIComponent(src.split('?')[0]))) }));
  const js = sized(scripts);
  const css = sized(styles);
  const inline = zlib.gzipSync(inlineJs).length;
  return {
    route,
    js: js.reduce((a, s) => a + s.bytes, 0),
    inlineJs: inline,
    css: css.reduce((a, s) => a + s.bytes, 0),
    scripts: js,
  };
}

export function routes() {
  const story = fs.readFileSync(path.join(OUT, '..', 'content', 'story.ts'), 'utf8');
  const slugs = JSON.parse(/chapters:\s*(\[[^\]]*\])/.exec(story)[1].replace(/'/g, '"'));
  return ['/', ...slugs.filter((s) => fs.existsSync(htmlFile(`/${s}`))).map((s) => `/${s}`)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = process.argv.slice(2).length ? process.argv.slice(2) : routes();
  for (const r of list) {
    const m = measureRoute(r);
    console.log(`${r.padEnd(18)} JS ${(m.js / 1024).toFixed(1).padStart(6)} KiB gzip (+${(m.inlineJs / 1024).toFixed(1)} KiB inline)  CSS ${(m.css / 1024).toFixed(1)} KiB`);
  }
}
