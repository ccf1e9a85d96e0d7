// Measures the JavaScript and CSS a built page loads, from out/ alone (Next 16 no longer prints
// "First Load JS" after a build: docs/toolchain.md, "Measuring a page's JavaScript"). The scripts are
// the ones the page's HTML starts: module <script src> tags still in it, plus everything the loader
// of the perf step starts after the first paint (scripts/postbuild/perf.ts moves Next's chunk
// scripts and script preloads into it). Each file is gzipped at level 9, as tests/e2e/budget.spec.ts
// does; that test also counts chunks a chart imports later while the page scrolls, so its figure can
// only be the same or higher.
// Usage: node scripts/measure-js.mjs [route ...]  (default: the cover and every chapter)
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { readLoader } from './postbuild/loader.mjs';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');

export function htmlFile(route) {
  return path.join(OUT, route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`);
}

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

function elements(node, found = []) {
  for (const child of node.children ?? []) {
    if (child.type === 'tag' || child.type === 'script' || child.type === 'style') found.push(child);
    elements(child, found);
  }
  return found;
}

const textOf = (el) => el.children.map((c) => c.data ?? '').join('');

/** { js, inlineJs, css, scripts: [{src, bytes}] } in gzip bytes for one route of out/. */
export function measureRoute(route) {
  const file = htmlFile(route);
  const all = elements(parseDocument(fs.readFileSync(file, 'utf8')));
  const scriptEls = all.filter((el) => el.name === 'script');
  const tags = scriptEls.filter((el) => el.attribs.src && !('nomodule' in el.attribs)).map((el) => el.attribs.src);
  const inline = scriptEls.filter((el) => !el.attribs.src && !/json/i.test(el.attribs.type ?? '')).map(textOf);
  const loaders = inline.map(readLoader).filter(Boolean);
  if (loaders.length === 0 && tags.length === 0) throw new Error(`${file}: expected module scripts or the perf step's loader; found neither`);
  const scripts = [...tags, ...loaders.flatMap((l) => [...l.scripts, ...l.preloads])];
  const styles = all.filter((el) => el.name === 'link' && el.attribs.rel === 'stylesheet').map((el) => el.attribs.href);
  const sized = (list) => [...new Set(list)].map((src) => ({ src, bytes: gz(path.join(OUT, decodeURIComponent(src.split('?')[0]))) }));
  const js = sized(scripts);
  const css = sized(styles);
  return {
    route,
    js: js.reduce((a, s) => a + s.bytes, 0),
    inlineJs: zlib.gzipSync(inline.join('')).length,
    css: css.reduce((a, s) => a + s.bytes, 0),
    scripts: js,
  };
}

/**
 * The pages to measure: each edition's cover and its written chapters, from the chapter model
 * (scripts/chapter-model.ts prints it), so the bench measures exactly what the build published.
 */
export function routes() {
  const edition = (lang, prefix) => {
    const models = JSON.parse(execFileSync('npx', ['tsx', 'scripts/chapter-model.ts', `--lang=${lang}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    const pages = [prefix || '/', ...models.map((m) => `${prefix}/${m.slug}`)];
    return pages.filter((r) => fs.existsSync(htmlFile(r)));
  };
  return [...edition('en', ''), ...edition('zh', '/zh')];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = process.argv.slice(2).length ? process.argv.slice(2) : routes();
  for (const r of list) {
    const m = measureRoute(r);
    console.log(`${r.padEnd(18)} JS ${(m.js / 1024).toFixed(1).padStart(6)} KiB gzip in ${String(m.scripts.length).padStart(2)} files (+${(m.inlineJs / 1024).toFixed(1)} KiB inline)  CSS ${(m.css / 1024).toFixed(1)} KiB`);
  }
}
