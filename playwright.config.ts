import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { findBrowser, launchOptionsFor } from "./scripts/e2e-browser";

const port = 3100;
const baseURL = `http://127.0.0.1:${port}`;
const isCI = Boolean(process.env.CI);

/** The catalog the e2e server imports; tests that re-import while it serves use the same arguments. */
export const e2eImportArgs = [
  "import",
  "--sources",
  "data/sources",
  "--sources",
  "tests/e2e/fixtures/sources",
];

// Playwright's own Chromium when installed, else Debian's (scripts/e2e-browser.ts, which npm run test:e2e
// runs first, installs one when there is neither).
const launchOptions = launchOptionsFor(findBrowser(fs.existsSync, chromium.executablePath()));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  // Generous: a 2-core machine builds and serves while Chromium renders.
  timeout: 60_000,
  retries: 0,
  reporter: isCI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "desktop",
      grepInvert: /@phone/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "phone",
      // Tests tagged @desktop need a desktop layout; feeds.spec.ts only makes HTTP requests.
      testIgnore: /feeds\.spec\.ts/,
      grepInvert: /@desktop/,
      use: {
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        userAgent: devices["Pixel 7"].userAgent,
        launchOptions,
      },
    },
  ],
  webServer: [
    // A production build over a freshly imported catalog, as `npm start` serves it: the seeds plus the
    // e2e fixtures (a feed giving some seed episodes audio, a hostile text dump, and another podcast's
    // feed that becomes a second show: tests/e2e/support/catalog.ts).
    {
      command: `npm run catalog -- ${e2eImportArgs.join(" ")} && npm run build && npx next start -H 127.0.0.1 -p ${port}`,
      url: baseURL,
      reuseExistingServer: !isCI,
      timeout: 600_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    // The audio host the fixture feeds' enclosures point at (generated silence, Range support).
    {
      command: "node tests/e2e/support/audio-server.mjs",
      url: "http://127.0.0.1:3101/health",
      reuseExistingServer: !isCI,
      timeout: 30_000,
    },
  ],
});
