import fs from "node:fs";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";
import { E2E_DEMO_PASSWORD } from "./support/test-servers";

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

/** Every server action of the production build, with a page that serves it. */
function serverActions(): { id: string; name: string; pagePath: string }[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node)
    .filter(([, entry]) => !entry.filename.startsWith("app/invitations/"))
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0];
      const pagePath = worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        // Route groups such as (list) are not part of the URL.
        .replace(/\/\([^)]+\)/g, "")
        .replace("[organizationId]", DEMO_ORGANIZATION_ID)
        .replace(/\[\w+\]/g, "00000000-0000-7000-8000-000000000000");
      return { id, name: `${entry.filename}#${entry.exportedName}`, pagePath: pagePath || "/" };
    });
}

/** Calls a server action the way React does, with arguments naming the demo organization. */
async function invoke(request: APIRequestContext, origin: string, action: { id: string; pagePath: string }) {
  const integrations = await request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`);
  const someId = integrations.ok() ? (await integrations.json()).data[0]?.id : "00000000-0000-7000-8000-000000000000";
  const response = await request.post(action.pagePath, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: origin,
    },
    data: JSON.stringify([DEMO_ORGANIZATION_ID, someId, { is_active: false, provider_name: "aitronos" }]),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

async function demoState(request: APIRequestContext): Promise<string> {
  const response = await request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`);
  expect(response.status()).toBe(200);
  return JSON.stringify((await response.json()).data);
}

test("every server action refuses a caller without a session", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(5);
  for (const action of actions) {
    const { body } = await invoke(anonymous, baseURL!, action);
    expect(body, action.name).not.toContain('"ok":true');
    expect(body.includes("AUTHENTICATION_REQUIRED") || !body.includes('"ok"'), action.name).toBe(true);
  }
  await anonymous.dispose();
});

test("server actions called by another organization's admin change nothing in the demo organization", async ({ page, baseURL }) => {
  await signIn(page);
  const before = await demoState(page.request);

  const globex = await page.context().browser()!.newContext({ baseURL });
  const globexPage = await globex.newPage();
  await signIn(globexPage, "admin@globex.example", E2E_DEMO_PASSWORD);
  for (const action of serverActions()) {
    const { body } = await invoke(globexPage.request, baseURL!, action);
    expect(body, action.name).not.toContain('"ok":true');
  }
  await globex.close();

  expect(await demoState(page.request)).toBe(before);
});
