/**
 * Firefox (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core. Playwright's BiDi
 * channel fails on this ESR, and puppeteer's media emulation needs CDP, which Firefox lacks, so
 * reduced motion is a launch preference (ui.prefersReducedMotion) of a second browser.
 */
import fs from 'node:fs';
import puppeteer, { type Browser, type Page, type KeyInput } from 'puppeteer-core';
import { type Engine, type Key, type LaunchOptions, type Tab } from './driver';

export const FIREFOX_VIEWPORT = { width: 1280, height: 800 };

/** FIREFOX_PATH, when set, is the only place looked at. */
export function firefoxPath(): string | null {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

class FirefoxTab implements Tab {
  constructor(readonly page: Page, private origin: string) {}

  async goto(path: string) {
    // A link that differs from the current page only by its hash would not load a new document.
    const target = new URL(path, this.origin);
    const here = new URL(this.page.url());
    if (target.hash && here.origin === target.origin && here.pathname === target.pathname) await this.page.goto('about:blank');
    await this.page.goto(target.href, { waitUntil: 'load', timeout: 60_000 });
  }

  run(body: string, args: unknown[]): Promise<unknown> {
    return this.page.evaluate(`(function () { ${body} }).apply(null, ${JSON.stringify(args)})`);
  }

  // Keys go to the front tab: with the speaker view open, the deck's tab is brought forward first.
  async press(key: Key) {
    await this.page.bringToFront();
    await this.page.keyboard.press(key as KeyInput);
  }

  async type(text: string) {
    await this.page.bringToFront();
    await this.page.keyboard.type(text);
  }

  close() {
    return this.page.close();
  }
}

export async function launchFirefox({ origin, reducedMotion }: LaunchOptions): Promise<Engine> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: install firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH');
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
      // No lookups ahead of the pages (the Chromium config's host-resolver rule does the same there).
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  // The tab Firefox starts with never has focus (document.hasFocus() is false), so keys reach its
  // pages but trigger no default action: Enter on a <summary> or a button does nothing. A tab the
  // suite opens itself is focused like a reader's.
  const first = await browser.pages();
  const page = await browser.newPage();
  for (const p of first) await p.close();
  await page.setViewport(FIREFOX_VIEWPORT);
  return {
    name: 'firefox',
    version,
    main: new FirefoxTab(page, origin),
    async openWindow(path) {
      const tab = new FirefoxTab(await browser.newPage(), origin);
      await tab.page.setViewport(FIREFOX_VIEWPORT);
      await tab.goto(path);
      return tab;
    },
    close: () => browser.close(),
  };
}
