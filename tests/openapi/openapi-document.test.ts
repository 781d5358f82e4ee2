import { Validator } from "@seriousme/openapi-schema-validator";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { API_ENDPOINTS, type ApiEndpoint } from "@/lib/openapi/api-endpoints";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { ERROR_STATUS } from "@/lib/errors";
import { DEMO_ORGANIZATION_ID, seedDemoData } from "@/lib/seed/demo-seed";
import { createApiToken } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The route module that serves a documented path, by Next's file convention. */
async function handlerFor(endpoint: ApiEndpoint): Promise<Handler | undefined> {
  const file = `@/app${endpoint.path.replace(/\{(\w+)\}/g, "[$1]")}/route`;
  const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, Handler | undefined>;
  return routeModule[endpoint.method.toUpperCase()];
}

describe("OpenAPI document", () => {
  test("validates against the OpenAPI 3.1 schema", async () => {
    const result = await new Validator().validate(buildOpenApiDocument() as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("uses the bearer scheme and lists every error code somewhere", () => {
    const document = buildOpenApiDocument();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const documentedCodes = new Set(API_ENDPOINTS.flatMap((endpoint) => endpoint.errors));
    for (const code of Object.keys(ERROR_STATUS)) expect(documentedCodes, code).toContain(code);
  });

  test.each(API_ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    "%s has a handler",
    async (_label, endpoint) => {
      expect(await handlerFor(endpoint)).toBeTypeOf("function");
    },
  );
});

describe.each(testEngines())("every documented path on %s", (engine) => {
  let database: TestDatabase;
  let adminToken: string;
  let integrationIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedDemoData(database.prisma, { password: "openapi-test-password" });
    adminToken = await createApiToken(database, DEMO_ORGANIZATION_ID, "admin");
    integrationIds = (
      await database.prisma.providerIntegration.findMany({
        where: { organizationId: DEMO_ORGANIZATION_ID, providerName: "aitronos" },
      })
    ).map((row) => row.id);
  });
  afterAll(async () => {
    await database.drop();
  });

  // Bodies that succeed without a provider call: the aitronos integration needs no check.
  const bodies: Record<string, unknown> = {
    createIntegration: { provider_name: "aitronos", is_active: false },
    updateIntegration: { is_active: true },
    updatePlatformProvider: { is_active: true },
  };

  test.each(API_ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    "%s answers a documented status with a documented body",
    async (_label, endpoint) => {
      // DELETE gets a row of its own, so the other calls keep theirs.
      const integrationId =
        endpoint.method === "delete"
          ? (await database.prisma.providerIntegration.create({
              data: { organizationId: DEMO_ORGANIZATION_ID, providerName: "aitronos", isActive: false },
            })).id
          : integrationIds[0];
      const params: Record<string, string> = {
        organizationId: DEMO_ORGANIZATION_ID,
        integrationId,
        model: "ftg-2.0",
        providerName: "aitronos",
      };
      const url = `http://127.0.0.1${endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name]))}`;
      const body = bodies[endpoint.operationId];
      const request = new NextRequest(url, {
        method: endpoint.method.toUpperCase(),
        headers: { authorization: `Bearer ${adminToken}`, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const handler = (await handlerFor(endpoint))!;
      const response = await handler(request, { params: Promise.resolve(params) });

      const successSchema = endpoint.success[response.status];
      expect(successSchema, `status ${response.status} is not a documented success`).not.toBeUndefined();
      if (successSchema) {
        const parsed = successSchema.safeParse(await response.json());
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }
    },
  );
});
