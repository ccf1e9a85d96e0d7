/**
 * The one interface the engine suite's tests are written against. Each engine has an adapter
 * (firefox.ts over WebDriver BiDi with puppeteer-core, webkit.ts over W3C WebDriver), so the same
 * test bodies run in both.
 */

/** The keys the tests press; each adapter maps them to its protocol's key values. */
export type Key = 'ArrowRight' | 'PageDown' | 'PageUp' | 'Enter' | 'Escape' | 'Tab';

export interface Tab {
  /** Loads a path of the site and resolves once the load event has fired. */
  goto(path: string): Promise<void>;
  /**
   * Runs a function body in the page, `arguments` holding args (JSON-serialisable); a returned
   * promise is awaited. Tests call it through evaluate() and waitFor() in page.ts.
   */
  run(body: string, args: unknown[]): Promise<unknown>;
  /** A trusted key press sent to whatever has focus in this tab. */
  press(key: Key): Promise<void>;
  /** Trusted key presses for each character of text. */
  type(text: string): Promise<void>;
  /** Closes this tab or window. */
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  readonly version: string;
  readonly main: Tab;
  /**
   * A second window of the same browser (same storage and BroadcastChannel), opened at a path.
   * Throws a KnownLimit where the engine cannot drive one.
   */
  openWindow(path: string): Promise<Tab>;
  close(): Promise<void>;
}

export type EngineName = 'firefox' | 'webkit';

export interface LaunchOptions {
  origin: string;
  /** Launch with prefers-reduced-motion: reduce. */
  reducedMotion?: boolean;
}

/** An engine that cannot do what a test needs: reported as such, and counted as a failure. */
export class KnownLimit extends Error {}
