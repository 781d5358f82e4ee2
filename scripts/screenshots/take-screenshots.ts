// `npm run screenshots`: regenerates the README's pictures from the real app.
// Builds the app if stale, starts it on a fresh embedded database with the
// demo data and the fake providers, and saves PNGs to docs/screenshots/.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { chromium, type Page } from "@playwright/test";

import { startFakeProviders } from "../../e2e/fake-providers/fake-provider-server";

const PORT = Number(process.env.SCREENSHOTS_PORT || 4690);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = "screenshots-demo-password";
const ORGANIZATION = "ORG_A1B2C3D4E5F6G7H8";
const OUTPUT = path.join("docs", "screenshots");

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before it served.`);
    try {
      if ((await fetch(`${ORIGIN}/login`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Nothing answered on ${ORIGIN} within 300 s.`);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${ORIGIN}/login`);
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/organizations\//);
}

async function capture(page: Page, name: string): Promise<void> {
  const file = path.join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`Saved ${file}`);
}

const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--if-stale"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const fake = await startFakeProviders();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-screenshots-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(PORT),
  NEXTAUTH_URL: ORIGIN,
  SWITCHBOARD_DATA_DIR: dataDir,
  SEED_ADMIN_PASSWORD: PASSWORD,
  OPENAI_BASE_URL: fake.baseUrls.openai,
  ANTHROPIC_BASE_URL: fake.baseUrls.anthropic,
  CLIPDROP_BASE_URL: fake.baseUrls.clipdrop,
  LOG_LEVEL: "warn",
};
delete env.DATABASE_URL;
const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
  env,
  stdio: "ignore",
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  await waitForServer(server);
  fs.mkdirSync(OUTPUT, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  await signIn(page);

  await page.goto(`${ORIGIN}/organizations/${ORGANIZATION}/integrations`);
  await page.getByTestId("integration-row").first().waitFor();
  await capture(page, "integrations");

  // The same list on a phone, where each row is a card.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await page.getByTestId("integration-row").first().waitFor();
  await capture(page, "integrations-phone");
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(`${ORIGIN}/organizations/${ORGANIZATION}/integrations/new?provider=openai`);
  await page.getByLabel("API key").fill("sk-proj-screenshotrejectedT3BlbkFJexample");
  await page.getByRole("button", { name: "Add integration" }).click();
  await page.getByText("OpenAI rejected this key").first().waitFor();
  await capture(page, "add-integration-error");

  await page.goto(`${ORIGIN}/organizations/${ORGANIZATION}/routing`);
  await page.getByRole("heading", { name: "Routing" }).first().waitFor();
  await capture(page, "routing");
} finally {
  await browser.close();
  server.kill("SIGTERM");
  await fake.close();
  await new Promise((resolve) => server.once("exit", resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
