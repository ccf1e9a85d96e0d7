/*
 * The Last Big Bet: the presenter's offline copy. After the deck has been opened once, its pages
 * and every asset of the build are in the cache, so the talk runs with the network off.
 *
 * scripts/postbuild/sw.ts rewrites the two constants below in out/sw.js after every build: VERSION is
 * a hash of the files, PRECACHE their URLs. A new build therefore ships a different sw.js; the
 * browser installs it beside the old one, and on activation every older "deck-" cache is deleted,
 * so one build's files are never mixed with another's. As written here it caches what is visited.
 */
const VERSION = 'dev';
const PRECACHE = [];

const CACHE = `deck-${VERSION}`;
/** A page slower than this on a flaky network is served from the cache instead. */
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('deck-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  // Build assets have content hashes in their names: a cached copy is always right.
  event.respondWith(url.pathname.startsWith('/_next/static/') ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Pages: the network's copy when it answers in time (and keep it), else the cached one. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(request, response.clone());
    return response;
  });
  // A static host serves the same file whatever the query (?print, the icon's ?<hash>).
  const cached = await cache.match(request, { ignoreSearch: true });
  if (!cached) return network;
  const late = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), late]);
}
