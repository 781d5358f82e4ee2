import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET } from "@/app/api/v1/organizations/[organizationId]/provider-integrations/route";
import { seedDemoData, DEMO_ORGANIZATION_ID } from "@/lib/seed/demo-seed";
import { createApiToken } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

function listRequest(organizationId: string, token: string | null, query = "") {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const request = new NextRequest(
    `http://127.0.0.1/api/v1/organizations/${organizationId}/provider-integrations${query}`,
    { headers },
  );
  return GET(request, { params: Promise.resolve({ organizationId }) });
}

describe.each(testEngines())("GET provider-integrations on %s", (engine) => {
  let database: TestDatabase;
  let memberToken: string;
  let globexToken: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const seed = await seedDemoData(database.prisma, { password: "irrelevant-password" });
    if (!seed.seeded) throw new Error("seed failed");
    memberToken = await createApiToken(database, DEMO_ORGANIZATION_ID, "member");
    globexToken = await createApiToken(database, seed.globexOrganizationId, "admin");
  });
  afterAll(async () => {
    await database.drop();
  });

  test("lists the five seeded integrations newest first", async () => {
    const response = await listRequest(DEMO_ORGANIZATION_ID, memberToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.data).toHaveLength(5);
    const created = body.data.map((row: { created_at: string }) => row.created_at);
    expect([...created].sort().reverse()).toEqual(created);
  });

  test("provider_api_key is [ENCRYPTED] or null, nothing else", async () => {
    const body = await (await listRequest(DEMO_ORGANIZATION_ID, memberToken)).json();
    for (const row of body.data) {
      expect(row.provider_api_key).toBe(row.provider_name === "aitronos" ? null : "[ENCRYPTED]");
      expect(Object.keys(row).sort()).toEqual(
        [
          "id",
          "organization_id",
          "provider_name",
          "provider_org_id",
          "provider_project_id",
          "provider_api_key",
          "is_active",
          "created_at",
          "updated_at",
          "last_validated_at",
          "validation_status",
        ].sort(),
      );
    }
  });

  test.each([
    ["?provider=openai", 2],
    ["?active=false", 1],
    ["?provider=openai&active=true", 1],
    ["?provider=anthropic&active=false", 0],
  ])("filter %s returns %i rows", async (query, count) => {
    const body = await (await listRequest(DEMO_ORGANIZATION_ID, memberToken, query)).json();
    expect(body.data).toHaveLength(count);
  });

  test.each([
    ["?provider=mistral", "provider"],
    ["?active=yes", "active"],
    ["?colour=blue", "colour"],
  ])("invalid filter %s names the field", async (query, field) => {
    const response = await listRequest(DEMO_ORGANIZATION_ID, memberToken, query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    expect(Object.keys(body.error.fields)).toContain(field);
  });

  test("an unknown token answers 401", async () => {
    const response = await listRequest(DEMO_ORGANIZATION_ID, "sb_not-a-real-token");
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("AUTHENTICATION_REQUIRED");
  });

  test("another organization's token answers 404 like a missing organization", async () => {
    const other = await listRequest(DEMO_ORGANIZATION_ID, globexToken);
    const missing = await listRequest("ORG_FFFFFFFFFFFFFFFF", globexToken);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
  });
});
