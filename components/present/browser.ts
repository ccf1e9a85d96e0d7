'use client';
/** Small browser commands the deck and the speaker view share. */

/** Full screen on or off. A refusal (no user gesture, an iframe without permission) is not an error. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  else void document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => {});
}

/**
 * The offline copy (public/sw.js, stamped by scripts/postbuild/sw.ts). Only in a production build:
 * a worker caching `next dev`'s ever-changing files would serve stale code.
 */
export function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
}

/** The handout view: any deck URL with ?print. */
export function isPrintView(): boolean {
  return new URLSearchParams(window.location.search).has('print');
}
