import { expect, test } from "@playwright/test";

import { DEMO_ORGANIZATION_ID } from "./support/sign-in";

type Operation = { operationId: string; security?: unknown[] };
type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

const PARAMS: Record<string, string> = {
  organizationId: DEMO_ORGANIZATION_ID,
  integrationId: "00000000-0000-7000-8000-000000000000",
  model: "gpt-4o",
  providerName: "openai",
};

test("every documented endpoint answers 401 without credentials, spoofed middleware header or not", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDocument;
  let checked = 0;
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (operation.security && operation.security.length === 0) continue;
      const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => PARAMS[name]);
      const headerSets: Record<string, string>[] = [
        {},
        { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      ];
      for (const headers of headerSets) {
        const response = await request.fetch(url, { method: method.toUpperCase(), headers, data: method === "get" ? undefined : {} });
        expect(response.status(), `${method.toUpperCase()} ${path}`).toBe(401);
        expect((await response.json()).error.code).toBe("AUTHENTICATION_REQUIRED");
        checked += 1;
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(20);
});

test("a bearer token that does not exist answers 401", async ({ request }) => {
  const response = await request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`, {
    headers: { Authorization: "Bearer sb_this-token-was-never-issued" },
  });
  expect(response.status()).toBe(401);
});
