import { defineConfig, devices } from "@playwright/test";

/** Debian's Chromium (installed by scripts/ensure-browser.mjs); Playwright cannot download its own here. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.TEST_PORT ?? 3100);
/** The static export (npm run export) is served on the next port for its smoke test. */
const exportPort = port + 1;
const exportSmoke = "export-smoke.spec.ts";

export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "phone",
      testIgnore: exportSmoke,
      use: { ...devices["Pixel 7"], viewport: { width: 375, height: 812 }, defaultBrowserType: "chromium" },
    },
    {
      name: "desktop",
      testIgnore: exportSmoke,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    {
      name: "export",
      testMatch: exportSmoke,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${exportPort}` },
    },
  ],
  webServer: [
    {
      // The site the way a reader meets it: the server build (npm run build) under `next start`.
      command: `node_modules/.bin/next start --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The static export (npm run export), served by a plain static file server the way a CDN would serve it.
      command: `node scripts/serve-export.mjs ${exportPort}`,
      url: `http://localhost:${exportPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
