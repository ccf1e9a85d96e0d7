import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.TEST_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      // No background lookups: the site must make no request off its own origin, and nor should the browser.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    // Byte budgets, the whole-site checks, the sweep and the phone layouts (which set their own viewports) run once, in the desktop project.
    { name: 'phone', testIgnore: /(budget|sweep|validity|phone)\.spec\.ts/, use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
  ],
  webServer: {
    command: `npx serve out -l ${PORT} -c ../serve.json --no-port-switching`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    env: { NO_UPDATE_CHECK: '1' },
  },
});
