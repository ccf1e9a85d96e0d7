/**
 * WebKit (WebKitGTK's MiniBrowser) driven by WebKitWebDriver over plain W3C WebDriver HTTP. One
 * session per driver process, so the reduced-motion browser gets a driver of its own, whose GTK
 * settings turn animations off: WebKitGTK reports prefers-reduced-motion from gtk-enable-animations.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnownLimit, type Engine, type Key, type LaunchOptions, type Tab } from './driver';
import { freePort, stop, which } from './processes';

/** MiniBrowser's window does not go narrower than about 447 px: the nearest it gets to a phone. */
export const WEBKIT_WINDOW = { width: 460, height: 900 };

const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'];

/** WEBKIT_DRIVER_PATH and MINIBROWSER_PATH, when set, are the only places looked at. */
export function webkitPaths(): { driver: string; browser: string } | null {
  const found = (set: string | undefined, fallback: () => string | null | undefined) => (set ? (fs.existsSync(set) ? set : null) : fallback() ?? null);
  const driver = found(process.env.WEBKIT_DRIVER_PATH, () => which('WebKitWebDriver'));
  const browser = found(process.env.MINIBROWSER_PATH, () => MINIBROWSER.find((p) => fs.existsSync(p)));
  return driver && browser ? { driver, browser } : null;
}

/** W3C WebDriver key values (WebDriver spec, "Keyboard actions"). */
const KEYS: Record<Key, string> = { ArrowRight: '\uE014', PageDown: '\uE00F', PageUp: '\uE00E', Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004' };

class Session {
  current = '';
  constructor(private base: string) {}

  async call<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok || (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)) {
      throw new Error(`WebDriver ${method} ${route}: ${json.value?.error}: ${json.value?.message}`);
    }
    return json.value;
  }
}

class WebKitTab implements Tab {
  constructor(private s: Session, readonly handle: string, private origin: string) {}

  private async focus() {
    if (this.s.current === this.handle) return;
    await this.s.call('POST', '/window', { handle: this.handle });
    this.s.current = this.handle;
  }

  async goto(p: string) {
    await this.focus();
    const target = new URL(p, this.origin);
    const here = new URL(await this.s.call<string>('GET', '/url'));
    // A link that differs from the current page only by its hash would not load a new document.
    if (target.hash && here.origin === target.origin && here.pathname === target.pathname) await this.s.call('POST', '/url', { url: 'about:blank' });
    await this.s.call('POST', '/url', { url: target.href });
  }

  async run(body: string, args: unknown[]): Promise<unknown> {
    await this.focus();
    return this.s.call('POST', '/execute/sync', { script: body, args });
  }

  private async keys(values: string[]) {
    await this.focus();
    const actions = values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await this.s.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  press(key: Key) {
    return this.keys([KEYS[key]]);
  }

  type(text: string) {
    return this.keys([...text]);
  }

  async close() {
    await this.focus();
    await this.s.call('DELETE', '/window');
    this.s.current = '';
  }
}

export async function launchWebKit({ origin, reducedMotion, display }: LaunchOptions & { display: string }): Promise<Engine> {
  const paths = webkitPaths();
  if (!paths) throw new Error('WebKit not found: install webkit2gtk-driver (apt-get install -y webkit2gtk-driver), which brings WebKitWebDriver and MiniBrowser');
  const port = Number(process.env.WEBKIT_DRIVER_PORT) + (reducedMotion ? 1 : 0) || (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display };
  let config: string | null = null;
  if (reducedMotion) {
    config = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-gtk-'));
    fs.mkdirSync(path.join(config, 'gtk-3.0'));
    fs.writeFileSync(path.join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
    env.XDG_CONFIG_HOME = config;
  }
  const child: ChildProcess = spawn(paths.driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d) => (log = (log + d).slice(-2000)));
  child.on('error', (e) => (log += `\n${e.message}`));
  const base = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    await stop(child);
    if (config) fs.rmSync(config, { recursive: true, force: true });
  };
  try {
    await untilReady(base, child, () => log);
    const created = await new Session(base).call<{ sessionId: string; capabilities: { browserVersion: string } }>('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] } } },
    });
    const s = new Session(`${base}/session/${created.sessionId}`);
    await s.call('POST', '/timeouts', { script: 120_000, pageLoad: 60_000 });
    await s.call('POST', '/window/rect', WEBKIT_WINDOW);
    s.current = await s.call<string>('GET', '/window');
    const main = new WebKitTab(s, s.current, origin);
    return {
      name: 'webkit',
      version: created.capabilities.browserVersion,
      main,
      async openWindow(p) {
        let handle: string;
        try {
          handle = (await s.call<{ handle: string }>('POST', '/window/new', { type: 'window' })).handle;
        } catch (e) {
          throw new KnownLimit(`WebKitWebDriver cannot open a second window: ${(e as Error).message}`);
        }
        const tab = new WebKitTab(s, handle, origin);
        await tab.goto(p);
        return tab;
      },
      async close() {
        await s.call('DELETE', '').catch(() => {});
        await cleanup();
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Polls the driver's /status until it answers ready (it takes a moment to bind its port). */
async function untilReady(base: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${log().trim()}`);
    const ready = await fetch(`${base}/status`).then((r) => r.json() as Promise<{ value: { ready: boolean } }>).then((j) => j.value.ready, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${base} within 20 s: ${log().trim()}`);
}
