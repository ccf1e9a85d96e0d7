// After `next build`, before the CSP step (which hashes the loader written here): two changes to the
// exported files that take work off the main thread while a page first loads. Both were measured
// with `npm run bench` (README, "Performance"); neither changes what the page does.
//
// 1. Compile hints. Every client chunk gets `//# allFunctionsCalledOnLoad` as its first line. Chrome
//    (136+) then compiles the chunk's functions on the background thread that streams the script,
//    instead of lazily on the main thread when each module factory first runs. Every chunk a page
//    loads is a chunk it runs at once (the framework, the scrolly, the chart of this chapter), so the
//    eager work is never wasted. Other browsers read the line as a comment.
// 2. Hydrate after the first paint. Next puts its chunks in <head> as async scripts and preloads,
//    which download beside the HTML, CSS and font the first paint needs, and run as soon as they
//    arrive, often before the browser has painted the text they hydrate. Here a small loader at the
//    end of <body> starts them once the first paint is on screen: the framework chunks as scripts,
//    the chunks Next only preloaded (this chapter's chart) as preloads. The prose, the figures and
//    the first chart state are server-rendered, so nothing above the fold waits on JavaScript.
import fs from 'node:fs';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload"(?=[^>]*\bas="script")[^>]*\/?>/g;

/** The chunk's source with the compile hint as its first line (once). */
export function withCompileHint(js) {
  return js.startsWith(COMPILE_HINT) ? js : COMPILE_HINT + js;
}

/**
 * The loader: once the first contentful paint is on screen (Paint Timing), it adds the scripts, then
 * the preloads. At once in a hidden tab, which paints nothing; and half a second after the first
 * frame where a browser has no paint timing, so no page is left without its scripts.
 */
export function loaderScript(scripts, preloads) {
  return (
    `(function(s,p){var d=0;function add(t,u){var e=document.createElement(t);if(t==="script"){e.src=u;e.async=true}` +
    `else{e.rel="preload";e.as="script";e.href=u}document.head.appendChild(e)}` +
    `function go(){if(d)return;d=1;s.forEach(function(u){add("script",u)});p.forEach(function(u){add("link",u)})}` +
    `if(document.visibilityState!=="visible")return go();` +
    `try{new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)setTimeout(go,0)})` +
    `.observe({type:"paint",buffered:true})}catch(e){}` +
    `requestAnimationFrame(function(){setTimeout(go,500)})})` +
    `(${JSON.stringify(scripts)},${JSON.stringify(preloads)})`
  );
}

const hrefOf = (tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '';

/** The page with no chunk fetched or run before its first paint, and the loader that starts them after. */
export function hydrateAfterPaint(html) {
  const scripts = [...new Set([...html.matchAll(CHUNK_SCRIPT)].map((m) => m[1]))];
  if (scripts.length === 0) return html;
  const preloadTags = [...html.matchAll(SCRIPT_PRELOAD)].map((m) => m[0]);
  const preloads = [...new Set(preloadTags.map(hrefOf))].filter((u) => u && !scripts.includes(u));
  const stripped = html.replace(CHUNK_SCRIPT, '').replace(SCRIPT_PRELOAD, '');
  if (!stripped.includes('</body>')) throw new Error('page has no </body>');
  return stripped.replace('</body>', `<script>${loaderScript(scripts, preloads)}</script></body>`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const OUT = path.resolve(process.argv[2] ?? 'out');
  // Every file below out/ (Node's recursive readdir gives paths relative to it).
  const files = fs.readdirSync(OUT, { recursive: true }).map((f) => path.join(OUT, f));
  const chunks = files.filter((f) => f.includes(`${path.sep}_next${path.sep}static${path.sep}`) && f.endsWith('.js'));
  for (const file of chunks) fs.writeFileSync(file, withCompileHint(fs.readFileSync(file, 'utf8')));
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const file of pages) fs.writeFileSync(file, hydrateAfterPaint(fs.readFileSync(file, 'utf8')));
  console.log(`Performance: compile hints on ${chunks.length} chunks; ${pages.length} pages hydrate after their first paint.`);
}
