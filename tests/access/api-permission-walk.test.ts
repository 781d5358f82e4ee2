import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { can } from "@/lib/access/permissions";
import { API_ENDPOINTS, type ApiEndpoint } from "@/lib/openapi/api-endpoints";
import { DEMO_ORGANIZATION_ID, seedDemoData } from "@/lib/seed/demo-seed";
import { createApiToken } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function handlerFor(endpoint: ApiEndpoint): Promise<Handler> {
  const file = `@/app${endpoint.path.replace(/\{(\w+)\}/g, "[$1]")}/route`;
  return ((await import(/* @vite-ignore */ file)) as Record<string, Handler>)[endpoint.method.toUpperCase()];
}

// Bodies that would succeed for an allowed caller without a provider call.
const BODIES: Record<string, unknown> = {
  createIntegration: { provider_name: "aitronos", is_active: false },
  updateIntegration: { is_active: true },
  updatePlatformProvider: { is_active: true },
};

const organizationEndpoints = API_ENDPOINTS.filter((endpoint) => endpoint.path.includes("{organizationId}"));

describe.each(testEngines())("the permission table walked against every endpoint on %s", (engine) => {
  let database: TestDatabase;
  const tokens: Record<"admin" | "member" | "outsider", string> = { admin: "", member: "", outsider: "" };
  let integrationId: string;
  const deleteTargets: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const seed = await seedDemoData(database.prisma, { password: "walk-password" });
    if (!seed.seeded) throw new Error("seed failed");
    tokens.admin = await createApiToken(database, DEMO_ORGANIZATION_ID, "admin");
    tokens.member = await createApiToken(database, DEMO_ORGANIZATION_ID, "member");
    tokens.outsider = await createApiToken(database, seed.globexOrganizationId, "admin");
    integrationId = (
      await database.prisma.providerIntegration.findFirstOrThrow({
        where: { organizationId: DEMO_ORGANIZATION_ID, providerName: "aitronos" },
      })
    ).id;
    for (let i = 0; i < 8; i += 1) {
      const row = await database.prisma.providerIntegration.create({
        data: { organizationId: DEMO_ORGANIZATION_ID, providerName: "aitronos", isActive: false },
      });
      deleteTargets.push(row.id);
    }
  });
  afterAll(async () => {
    await database.drop();
  });

  async function snapshot() {
    const rows = await database.prisma.providerIntegration.findMany({ orderBy: { id: "asc" } });
    return JSON.stringify({ rows, events: await database.prisma.auditEvent.count() });
  }

  async function call(endpoint: ApiEndpoint, token: string, organizationId = DEMO_ORGANIZATION_ID) {
    // DELETE gets a row of its own, so the other calls keep theirs.
    const targetId = endpoint.method === "delete" ? deleteTargets.pop()! : integrationId;
    const params: Record<string, string> = { organizationId, integrationId: targetId, model: "ftg-2.0", providerName: "aitronos" };
    const url = `http://127.0.0.1${endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => params[name])}`;
    const body = BODIES[endpoint.operationId];
    const request = new NextRequest(url, {
      method: endpoint.method.toUpperCase(),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    return (await handlerFor(endpoint))(request, { params: Promise.resolve(params) });
  }

  const cases = organizationEndpoints.flatMap((endpoint) =>
    (["admin", "member"] as const).map((role) => [`${role} ${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint, role] as const),
  );

  test.each(cases)("%s follows the table", async (_label, endpoint, role) => {
    const allowed = !endpoint.permission || can(role, endpoint.permission);
    const response = await call(endpoint, tokens[role]);
    const before = await snapshot();
    if (allowed) {
      expect(response.status, await response.clone().text()).toBeLessThan(400);
    } else {
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
      // The refused call wrote nothing: a second refused call leaves the same state.
      await call(endpoint, tokens[role]);
      expect(await snapshot()).toBe(before);
    }
  });

  test.each(organizationEndpoints.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    "another organization's admin gets 404 for %s, as for a missing organization",
    async (_label, endpoint) => {
      const foreign = await call(endpoint, tokens.outsider);
      const before = await snapshot();
      const missing = await call(endpoint, tokens.outsider, "ORG_FFFFFFFFFFFFFFFF");
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toEqual(await missing.json());
      await call(endpoint, tokens.outsider);
      expect(await snapshot()).toBe(before);
    },
  );
});
