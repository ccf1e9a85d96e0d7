import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { precacheUrls, stampServiceWorker, versionOf } from './precache';

const TEMPLATE = fs.readFileSync(path.join(process.cwd(), 'public', 'sw.js'), 'utf8');

describe('precacheUrls', () => {
  it('takes the deck pages as clean URLs, the icon and every build asset, and nothing else', () => {
    const files = ['present.html', 'present/loss-per-car.html', 'present/speaker.html', 'present/speaker.txt', 'loss-per-car.html', 'data.html', 'zh/present.html', 'zh/present/loss-per-car.html', 'zh/present/speaker.html', 'zh/loss-per-car.html', 'zh.html', '_next/static/chunks/a.js', '_next/static/media/f.woff2', 'icon.svg', 'sw.js'];
    expect(precacheUrls(files)).toEqual(['/present', '/present/loss-per-car', '/present/speaker', '/zh/present', '/zh/present/loss-per-car', '/zh/present/speaker', '/_next/static/chunks/a.js', '/_next/static/media/f.woff2', '/icon.svg']);
  });
});

describe('versionOf', () => {
  it('is stable for the same files and changes with any byte', () => {
    const a = [{ url: '/present', content: Buffer.from('deck') }];
    expect(versionOf(a)).toBe(versionOf([{ url: '/present', content: Buffer.from('deck') }]));
    expect(versionOf(a)).not.toBe(versionOf([{ url: '/present', content: Buffer.from('deck!') }]));
    expect(versionOf(a)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('stampServiceWorker', () => {
  it('writes the version and the list into public/sw.js', () => {
    const sw = stampServiceWorker(TEMPLATE, 'abc123', ['/present', '/x.js']);
    expect(sw).toContain("const VERSION = 'abc123';");
    expect(sw).toContain('const PRECACHE = ["/present","/x.js"];');
    expect(sw).not.toContain("'dev'");
  });

  it('refuses a template it cannot stamp and a version that is not a plain word', () => {
    expect(() => stampServiceWorker('self.x = 1;', 'v', [])).toThrow(/expected the lines/);
    expect(() => stampServiceWorker(TEMPLATE, "x'; alert(1); '", [])).toThrow(/must be letters/);
  });
});

/** Runs a stamped sw.js in a sandbox with an in-memory Cache Storage and a switchable network. */
function worker(source: string, store: Map<string, Map<string, Response>>, net: { online: boolean; served: string[] }) {
  const handlers: Record<string, (e: unknown) => void> = {};
  const cacheApi = (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const entries = store.get(name)!;
    const key = (r: Request | string, ignoreSearch = false) => {
      const u = new URL(typeof r === 'string' ? r : r.url, 'http://deck.test');
      return ignoreSearch ? u.origin + u.pathname : u.href;
    };
    return {
      async addAll(urls: string[]) {
        for (const u of urls) entries.set(key(u), await fetchStub(new Request(new URL(u, 'http://deck.test'))));
      },
      async put(r: Request, res: Response) {
        entries.set(key(r), res);
      },
      async match(r: Request, o: { ignoreSearch?: boolean } = {}) {
        const k = key(r, o.ignoreSearch);
        for (const [stored, res] of entries) if ((o.ignoreSearch ? key(stored, true) : stored) === k) return res.clone();
        return undefined;
      },
    };
  };
  const caches = {
    open: async (name: string) => cacheApi(name),
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
  };
  async function fetchStub(r: Request): Promise<Response> {
    if (!net.online) throw new TypeError('Failed to fetch');
    net.served.push(new URL(r.url).pathname);
    return new Response(`network ${new URL(r.url).pathname}`, { status: 200 });
  }
  const self = {
    location: new URL('http://deck.test/sw.js'),
    addEventListener: (type: string, fn: (e: unknown) => void) => (handlers[type] = fn),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  vm.runInNewContext(source, { self, caches, fetch: fetchStub, URL, Promise, setTimeout, Request, Response, console });
  const lifecycle = async (type: 'install' | 'activate') => {
    const waits: Promise<unknown>[] = [];
    handlers[type]({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  const request = async (url: string, mode: RequestMode = 'navigate', method = 'GET') => {
    let answer: Promise<Response> | undefined;
    const req = { url: new URL(url, 'http://deck.test').href, method, mode };
    handlers.fetch({ request: req, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer ? (await answer).text() : 'not handled';
  };
  return { lifecycle, request };
}

describe('public/sw.js', () => {
  const files = ['/present', '/present/loss-per-car', '/_next/static/chunks/app.js'];

  it('caches the deck on install and serves it with the network off, ?print included', async () => {
    const store = new Map<string, Map<string, Response>>();
    const net = { online: true, served: [] as string[] };
    const sw = worker(stampServiceWorker(TEMPLATE, 'v1', files), store, net);
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...store.keys()]).toEqual(['deck-v1']);
    net.online = false;
    expect(await sw.request('/present/loss-per-car')).toBe('network /present/loss-per-car');
    expect(await sw.request('/present?print')).toBe('network /present');
    expect(await sw.request('/_next/static/chunks/app.js', 'no-cors')).toBe('network /_next/static/chunks/app.js');
  });

  it('a new build replaces the old cache: after activation only the new version\'s cache is left', async () => {
    const store = new Map<string, Map<string, Response>>();
    const net = { online: true, served: [] as string[] };
    const old = worker(stampServiceWorker(TEMPLATE, 'v1', files), store, net);
    await old.lifecycle('install');
    await old.lifecycle('activate');
    store.set('someone-elses-cache', new Map());
    const next = worker(stampServiceWorker(TEMPLATE, 'v2', [...files, '/present/speaker']), store, net);
    await next.lifecycle('install');
    // Until the new worker activates, the old cache still serves the open deck.
    expect([...store.keys()].sort()).toEqual(['deck-v1', 'deck-v2', 'someone-elses-cache']);
    await next.lifecycle('activate');
    expect([...store.keys()].sort()).toEqual(['deck-v2', 'someone-elses-cache']);
    expect([...store.get('deck-v2')!.keys()].map((k) => new URL(k).pathname)).toEqual([...files, '/present/speaker']);
  });

  it('prefers the network when it answers, and leaves other origins and non-GET requests alone', async () => {
    const store = new Map<string, Map<string, Response>>();
    const net = { online: true, served: [] as string[] };
    const sw = worker(stampServiceWorker(TEMPLATE, 'v1', files), store, net);
    await sw.lifecycle('install');
    net.served.length = 0;
    await sw.request('/present');
    expect(net.served).toEqual(['/present']);
    expect(await sw.request('https://elsewhere.example/x')).toBe('not handled');
    expect(await sw.request('/sw.js')).toBe('not handled');
    expect(await sw.request('/present', 'navigate', 'POST')).toBe('not handled');
  });
});
