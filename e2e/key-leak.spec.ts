import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";
import { pgliteDataDir, postgresUrlPath, serverLogPath, type E2eEngine } from "./support/test-servers";

const MAX_PAGES = 60;

/** Every file under a folder whose bytes contain the needle. */
function filesContaining(folder: string, needle: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const hits: string[] = [];
  const needleBytes = Buffer.from(needle);
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && fs.readFileSync(full).includes(needleBytes)) hits.push(full);
    }
  };
  walk(folder);
  return hits;
}

/** Same-origin pages reachable by links from the start page, each fetched once. */
async function crawl(page: Page, start: string): Promise<Map<string, string>> {
  const origin = new URL(page.url()).origin;
  const seen = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    await page.goto(next);
    seen.set(next, await page.content());
    const links = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== origin || url.pathname.startsWith("/api/")) continue;
      const target = url.pathname + url.search;
      if (!seen.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  return seen;
}

test("a stored key appears in no page, payload, response, bundle, log or database file", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const engine = testInfo.project.name as E2eEngine;
  const secretPart = randomBytes(12).toString("hex");
  const key = `sk-proj-leak${secretPart}T3BlbkFJ${secretPart.slice(0, 8)}`;
  // The hint shows the last four characters; search for the rest.
  const needles = [key, key.slice(0, -4), secretPart];

  await signIn(page);
  const created = await page.request.post(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`, {
    headers: { Origin: new URL(page.url()).origin },
    data: { provider_name: "openai", provider_api_key: key, is_active: false },
  });
  expect(created.status()).toBe(201);
  const integration = await created.json();
  const bodies: string[] = [JSON.stringify(integration)];

  // Every page reachable from the console, as HTML and as the RSC payload.
  const pages = await crawl(page, `/organizations/${DEMO_ORGANIZATION_ID}/integrations`);
  for (const path of [`/organizations/${DEMO_ORGANIZATION_ID}/integrations/${integration.id}`]) {
    if (!pages.has(path)) {
      await page.goto(path);
      pages.set(path, await page.content());
    }
  }
  expect(pages.size).toBeGreaterThan(2);
  for (const [pagePath, html] of pages) {
    bodies.push(html);
    const rsc = await page.request.get(pagePath, { headers: { RSC: "1" } });
    bodies.push(await rsc.text());
  }

  // Every API endpoint that reads.
  const base = `/api/v1/organizations/${DEMO_ORGANIZATION_ID}`;
  for (const endpoint of [
    "/api/v1/organizations",
    `${base}/provider-integrations`,
    `${base}/provider-integrations/${integration.id}`,
    `${base}/providers`,
    `${base}/routes`,
    `${base}/routes/gpt-4o`,
    `${base}/audit-events`,
    "/api/v1/openapi.json",
  ]) {
    bodies.push(await (await page.request.get(endpoint)).text());
  }
  // A check makes the server talk to the provider and log the outcome.
  bodies.push(
    await (
      await page.request.post(`${base}/provider-integrations/${integration.id}/validate`, {
        headers: { Origin: new URL(page.url()).origin },
      })
    ).text(),
  );

  for (const needle of needles) {
    for (const body of bodies) expect(body.includes(needle), "a page or response contains the key").toBe(false);
    expect(filesContaining(".next", needle), "the build output contains the key").toEqual([]);
    expect(fs.readFileSync(serverLogPath(engine), "utf8").includes(needle), "the server log contains the key").toBe(false);
    if (engine === "pglite") {
      expect(filesContaining(pgliteDataDir(), needle), "a database file contains the key").toEqual([]);
    }
  }

  if (engine === "postgres") {
    const dump = execFileSync("pg_dump", ["--data-only", fs.readFileSync(postgresUrlPath(), "utf8").trim()], {
      maxBuffer: 256 * 1024 * 1024,
    }).toString("utf8");
    expect(dump).toContain(integration.id);
    for (const needle of needles) expect(dump.includes(needle), "the database dump contains the key").toBe(false);
  }

  const deleted = await page.request.delete(`${base}/provider-integrations/${integration.id}`, {
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(deleted.status()).toBe(204);
});
