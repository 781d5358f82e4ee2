import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import * as integrationRoute from "@/app/api/v1/organizations/[organizationId]/provider-integrations/[integrationId]/route";
import * as integrationsRoute from "@/app/api/v1/organizations/[organizationId]/provider-integrations/route";
import * as auditRoute from "@/app/api/v1/organizations/[organizationId]/audit-events/route";
import * as providerRoute from "@/app/api/v1/organizations/[organizationId]/providers/[providerName]/route";
import * as providersRoute from "@/app/api/v1/organizations/[organizationId]/providers/route";
import * as routeRoute from "@/app/api/v1/organizations/[organizationId]/routes/[model]/route";
import { DEMO_ORGANIZATION_ID, seedDemoData } from "@/lib/seed/demo-seed";
import { createApiToken } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const LONG = "x".repeat(5000);

describe.each(testEngines())("bad input on %s", (engine) => {
  let database: TestDatabase;
  let token: string;
  let openAiId: string;
  let globexId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const seed = await seedDemoData(database.prisma, { password: "bad-input-password" });
    if (!seed.seeded) throw new Error("seed failed");
    globexId = seed.globexOrganizationId;
    token = await createApiToken(database, DEMO_ORGANIZATION_ID, "admin");
    openAiId = (
      await database.prisma.providerIntegration.findFirstOrThrow({
        where: { organizationId: DEMO_ORGANIZATION_ID, providerName: "openai", isActive: true },
      })
    ).id;
  });
  afterAll(async () => {
    await database.drop();
  });

  async function snapshot() {
    const [integrations, events] = await Promise.all([
      database.prisma.providerIntegration.findMany({ orderBy: { id: "asc" } }),
      database.prisma.auditEvent.count(),
    ]);
    return JSON.stringify({ integrations, events });
  }

  async function call(handler: Handler, method: string, path: string, params: Record<string, string>, body?: string) {
    const request = new NextRequest(`http://127.0.0.1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body,
    });
    return handler(request, { params: Promise.resolve(params) });
  }

  const collection = `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`;
  const create = (body: string) =>
    call(integrationsRoute.POST as Handler, "POST", collection, { organizationId: DEMO_ORGANIZATION_ID }, body);
  const update = (body: string) =>
    call(integrationRoute.PATCH as Handler, "PATCH", `${collection}/${openAiId}`, { organizationId: DEMO_ORGANIZATION_ID, integrationId: openAiId }, body);

  const bodyCases: [string, "create" | "update", unknown, string][] = [
    ["provider_name of the wrong type", "create", { provider_name: 42, provider_api_key: "sk-x" }, "provider_name"],
    ["an unknown provider", "create", { provider_name: "mistral", provider_api_key: "sk-x" }, "provider_name"],
    ["a missing provider", "create", { provider_api_key: "sk-x" }, "provider_name"],
    ["a project id for Anthropic", "create", { provider_name: "anthropic", provider_api_key: "sk-ant-x", provider_project_id: "proj_1" }, "provider_project_id"],
    ["an organization id for ClipDrop", "create", { provider_name: "clipdrop", provider_api_key: "abc", provider_org_id: "org-1" }, "provider_org_id"],
    ["a key for Aitronos", "create", { provider_name: "aitronos", provider_api_key: "sk-x" }, "provider_api_key"],
    ["no key for OpenAI", "create", { provider_name: "openai" }, "provider_api_key"],
    ["a key with a space inside", "create", { provider_name: "openai", provider_api_key: "sk-abc def" }, "provider_api_key"],
    ["a key with a newline inside", "create", { provider_name: "openai", provider_api_key: "sk-abc\ndef" }, "provider_api_key"],
    ["a key with a NUL inside", "create", { provider_name: "openai", provider_api_key: "sk-abc\u0000def" }, "provider_api_key"],
    ["a key far beyond any real length", "create", { provider_name: "openai", provider_api_key: `sk-${LONG}` }, "provider_api_key"],
    ["an org id far beyond any real length", "create", { provider_name: "openai", provider_api_key: "sk-x", provider_org_id: LONG }, "provider_org_id"],
    ["an org id with spaces", "create", { provider_name: "openai", provider_api_key: "sk-x", provider_org_id: "org 1" }, "provider_org_id"],
    ["is_active as a string", "create", { provider_name: "aitronos", is_active: "yes" }, "is_active"],
    ["an unknown field", "create", { provider_name: "aitronos", colour: "blue" }, "colour"],
    ["another organization's id in the body", "create", { provider_name: "aitronos", organization_id: "ORG_FFFFFFFFFFFFFFFF" }, "organization_id"],
    ["a key of the wrong type", "update", { provider_api_key: 12345 }, "provider_api_key"],
    ["a key with a tab inside", "update", { provider_api_key: "sk-abc\tdef" }, "provider_api_key"],
    ["a new provider", "update", { provider_name: "anthropic" }, "provider_name"],
    ["updated_at that is not a time", "update", { updated_at: "yesterday" }, "updated_at"],
    ["is_active as a number", "update", { is_active: 1 }, "is_active"],
    ["an unknown field", "update", { id: "something-else" }, "id"],
    ["another organization's id in the body", "update", { organization_id: "ORG_FFFFFFFFFFFFFFFF" }, "organization_id"],
  ];

  test.each(bodyCases)("%s (%s) is 400 naming the field and writes nothing", async (_label, operation, body, field) => {
    const before = await snapshot();
    const response = await (operation === "create" ? create : update)(JSON.stringify(body));
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(answer.error.fields)).toContain(field);
    expect(JSON.stringify(answer)).not.toContain("sk-abc");
    expect(await snapshot()).toBe(before);
  });

  test.each([
    ["malformed JSON", "{\"provider_name\": "],
    ["a JSON array", "[1, 2]"],
    ["a JSON string", "\"openai\""],
  ])("%s is 400 naming the body", async (_label, raw) => {
    const before = await snapshot();
    for (const response of [await create(raw), await update(raw)]) {
      expect(response.status).toBe(400);
      const answer = await response.json();
      expect(answer.error.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(answer.error.fields)).toEqual(["body"]);
    }
    expect(await snapshot()).toBe(before);
  });

  test("a body of several megabytes is 413 and writes nothing", async () => {
    const before = await snapshot();
    const huge = JSON.stringify({ provider_name: "openai", provider_api_key: "x".repeat(3 * 1024 * 1024) });
    for (const response of [await create(huge), await update(huge)]) {
      expect(response.status).toBe(413);
      const answer = await response.json();
      expect(answer.error.code).toBe("PAYLOAD_TOO_LARGE");
      expect(Object.keys(answer.error.fields)).toEqual(["body"]);
    }
    expect(await snapshot()).toBe(before);
  });

  test.each([
    ["an invalid cursor", "cursor=not-a-cursor", "cursor"],
    ["a limit of zero", "limit=0", "limit"],
    ["a limit far too large", "limit=100000", "limit"],
    ["an unknown filter", "colour=blue", "colour"],
    ["an invalid time", "from=last-tuesday", "from"],
    ["an unknown outcome", "outcome=maybe", "outcome"],
  ])("audit events with %s is 400 naming %s", async (_label, query, field) => {
    const response = await call(
      auditRoute.GET as Handler,
      "GET",
      `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/audit-events?${query}`,
      { organizationId: DEMO_ORGANIZATION_ID },
    );
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
  });

  test.each([
    ["an unknown provider filter", "provider=mistral", "provider"],
    ["an active filter that is not a boolean", "active=maybe", "active"],
  ])("the list with %s is 400 naming %s", async (_label, query, field) => {
    const response = await call(integrationsRoute.GET as Handler, "GET", `${collection}?${query}`, {
      organizationId: DEMO_ORGANIZATION_ID,
    });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
  });

  test("a model id far beyond any real length is 400 naming model", async () => {
    const model = "m".repeat(500);
    const response = await call(
      routeRoute.GET as Handler,
      "GET",
      `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/routes/${model}`,
      { organizationId: DEMO_ORGANIZATION_ID, model },
    );
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain("model");
  });

  test.each([
    ["an unknown field", { is_active: true, colour: "blue" }, "colour"],
    ["an api_key of the wrong type", { api_key: 12 }, "api_key"],
    ["a project id for Anthropic", { project_id: "proj_1" }, "project_id"],
  ])("the platform update with %s is 400 naming %s", async (_label, body, field) => {
    const before = await snapshot();
    const provider = field === "project_id" ? "anthropic" : "openai";
    const response = await call(
      providerRoute.PATCH as Handler,
      "PATCH",
      `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/providers/${provider}`,
      { organizationId: DEMO_ORGANIZATION_ID, providerName: provider },
      JSON.stringify(body),
    );
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    expect(await snapshot()).toBe(before);
  });

  test("the platform list with an invalid active_only is 400", async () => {
    const response = await call(
      providersRoute.GET as Handler,
      "GET",
      `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/providers?active_only=perhaps`,
      { organizationId: DEMO_ORGANIZATION_ID },
    );
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain("active_only");
  });

  test("an integration id of another organization is 404 and changes nothing", async () => {
    const globexIntegration = await database.prisma.providerIntegration.findFirstOrThrow({ where: { organizationId: globexId } });
    const before = await snapshot();
    const response = await call(
      integrationRoute.PATCH as Handler,
      "PATCH",
      `${collection}/${globexIntegration.id}`,
      { organizationId: DEMO_ORGANIZATION_ID, integrationId: globexIntegration.id },
      JSON.stringify({ is_active: false }),
    );
    expect(response.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});
