// The loader the perf step writes at the end of every page's <body>, and its inverse. Plain JS (with
// loader.d.mts for TypeScript) so that scripts/measure-js.mjs, run by node, reads the same format.

/** How every loader's code starts: how a step (or measure-js) recognises it. */
export const LOADER_START = '(function(s,p){';

/**
 * The loader: once the first contentful paint is on screen (Paint Timing), it adds the scripts, then
 * the preloads. At once in a hidden tab, which paints nothing; and half a second after the first
 * frame where a browser has no paint timing, so no page is left without its scripts.
 */
export function loaderScript(scripts, preloads) {
  return (
    `${LOADER_START}var d=0;function add(t,u){var e=document.createElement(t);if(t==="script"){e.src=u;e.async=true}` +
    `else{e.rel="preload";e.as="script";e.href=u}document.head.appendChild(e)}` +
    `function go(){if(d)return;d=1;s.forEach(function(u){add("script",u)});p.forEach(function(u){add("link",u)})}` +
    `if(document.visibilityState!=="visible")return go();` +
    `try{new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)setTimeout(go,0)})` +
    `.observe({type:"paint",buffered:true})}catch(e){}` +
    `requestAnimationFrame(function(){setTimeout(go,500)})})` +
    `(${JSON.stringify(scripts)},${JSON.stringify(preloads)})`
  );
}

const ARGUMENTS = /\((\[[^\]]*\]),(\[[^\]]*\])\)$/;

/** The scripts and preloads a loader's code starts, or null when the code is not a loader. */
export function readLoader(code) {
  if (!code.startsWith(LOADER_START)) return null;
  const m = ARGUMENTS.exec(code);
  return m ? { scripts: JSON.parse(m[1]), preloads: JSON.parse(m[2]) } : null;
}
