import fs from "node:fs";

import { defineConfig, devices } from "@playwright/test";

import { E2E_APP_PORTS, FAKE_PROVIDERS_PORT, e2eEngines } from "./e2e/support/test-servers";

// Playwright's own browser download is unavailable offline; Debian's Chromium is used instead.
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromiumPath)) {
  throw new Error(
    `Chromium was not found at ${chromiumPath}. Install it with "apt-get install -y chromium", or set CHROMIUM_PATH.`,
  );
}

const engines = e2eEngines();
const appStartTimeoutMs = 240_000;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/playwright",
  // The specs share each server's demo organization, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: engines.map((engine) => ({
    name: engine,
    use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${E2E_APP_PORTS[engine]}` },
  })),
  webServer: [
    {
      command: "node --import tsx e2e/fake-providers/main.ts",
      env: { FAKE_PROVIDERS_PORT: String(FAKE_PROVIDERS_PORT) },
      port: FAKE_PROVIDERS_PORT,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    ...engines.map((engine) => ({
      command: `node --conditions=react-server --import tsx e2e/support/start-test-server.ts --engine ${engine}`,
      url: `http://127.0.0.1:${E2E_APP_PORTS[engine]}/login`,
      timeout: appStartTimeoutMs,
      reuseExistingServer: false,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    })),
  ],
});
