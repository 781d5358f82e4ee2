import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET } from "@/app/api/v1/organizations/[organizationId]/routes/[model]/route";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

import { createRoutingTestOrganization } from "./routing-test-organization";

/**
 * Calls the handler as Next does: the path carries the encoded segment, and
 * params carry it decoded once, which is what Next's router passes.
 */
async function resolveRequest(organizationId: string, encodedModel: string, token: string | null) {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const request = new NextRequest(
    `http://127.0.0.1/api/v1/organizations/${organizationId}/routes/${encodedModel}`,
    { headers },
  );
  const response = await GET(request, {
    params: Promise.resolve({ organizationId, model: decodeURIComponent(encodedModel) }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe.each(testEngines())("GET routes/{model} on %s", (engine) => {
  let database: TestDatabase;
  let organization: Awaited<ReturnType<typeof createRoutingTestOrganization>>;
  let otherOrganizationToken: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    organization = await createRoutingTestOrganization(database);
    const other = await createOrganizationWithUsers(database, "Other Org");
    otherOrganizationToken = await createApiToken(database, other.organizationId, "admin");
  });
  afterAll(async () => {
    await database.drop();
  });

  const resolve = (encodedModel: string, token = organization.memberToken) =>
    resolveRequest(organization.organizationId, encodedModel, token);

  test("family name routes to its upstream id", async () => {
    const { status, headers, body } = await resolve("claude-3-5-sonnet");

    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({
      model: "claude-3-5-sonnet",
      provider_name: "anthropic",
      integration_id: organization.integrationIds.anthropic,
      upstream_id: "claude-3-5-sonnet-latest",
      match: { rule: "exact", family: "claude-3-5-sonnet" },
    });
  });

  test("dated id keeps the caller's id upstream", async () => {
    const { status, body } = await resolve("claude-3-5-sonnet-20241022");

    expect(status).toBe(200);
    expect(body.model).toBe("claude-3-5-sonnet-20241022");
    expect(body.upstream_id).toBe("claude-3-5-sonnet-20241022");
    expect(body.integration_id).toBe(organization.integrationIds.anthropic);
    expect(body.match).toEqual({ rule: "dated_snapshot", family: "claude-3-5-sonnet" });
  });

  test("pattern id routes to Aitronos", async () => {
    const { status, body } = await resolve("freddy-1");

    expect(status).toBe(200);
    expect(body.provider_name).toBe("aitronos");
    expect(body.integration_id).toBe(organization.integrationIds.aitronos);
    expect(body.match).toEqual({ rule: "pattern", family: "freddy-*" });
  });

  test("admin token resolves too", async () => {
    const { status } = await resolve("ftg-2.0", organization.adminToken);

    expect(status).toBe(200);
  });

  test("unknown model is MODEL_NOT_FOUND", async () => {
    const { status, body } = await resolve("gpt-5");

    expect(status).toBe(404);
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("MODEL_NOT_FOUND");
    expect(body.error.model).toBe("gpt-5");
    expect(body.error.suggestion).toBeNull();
    expect(body.error.message).toContain('"gpt-5"');
  });

  test("case-only mismatch suggests the family", async () => {
    const { status, body } = await resolve("CLAUDE-3-5-SONNET-20241022");

    expect(status).toBe(404);
    expect(body.error.code).toBe("MODEL_NOT_FOUND");
    expect(body.error.model).toBe("CLAUDE-3-5-SONNET-20241022");
    expect(body.error.suggestion).toBe("claude-3-5-sonnet");
    expect(body.error.message).toContain("case-sensitive");
  });

  test("no ClipDrop integration is PROVIDER_NOT_CONFIGURED", async () => {
    const { status, body } = await resolve("clipdrop-upscale");

    expect(status).toBe(404);
    expect(body.error).toEqual({
      code: "PROVIDER_NOT_CONFIGURED",
      message: expect.stringContaining("no ClipDrop integration"),
      model: "clipdrop-upscale",
      provider_name: "clipdrop",
      upstream_id: "clipdrop-upscale",
      match: { rule: "exact", family: "clipdrop-upscale" },
    });
  });

  test("only inactive OpenAI is PROVIDER_INACTIVE", async () => {
    const { status, body } = await resolve("gpt-4o-2024-08-06");

    expect(status).toBe(404);
    expect(body.error.code).toBe("PROVIDER_INACTIVE");
    expect(body.error.model).toBe("gpt-4o-2024-08-06");
    expect(body.error.provider_name).toBe("openai");
    expect(body.error.match).toEqual({ rule: "dated_snapshot", family: "gpt-4o" });
    expect([...body.error.inactive_integration_ids].sort()).toEqual(
      [organization.integrationIds.openaiOld, organization.integrationIds.openaiNew].sort(),
    );
  });

  test("switching an integration on changes the answer at once", async () => {
    const { integrationIds } = organization;
    await database.prisma.providerIntegration.update({ where: { id: integrationIds.openaiNew }, data: { isActive: true } });
    try {
      const { status, body } = await resolve("gpt-4o");
      expect(status).toBe(200);
      expect(body.integration_id).toBe(integrationIds.openaiNew);
    } finally {
      await database.prisma.providerIntegration.update({
        where: { id: integrationIds.openaiNew },
        data: { isActive: false },
      });
    }
    expect((await resolve("gpt-4o")).body.error.code).toBe("PROVIDER_INACTIVE");
  });

  test("encoded characters are decoded once", async () => {
    const slash = await resolve("openai%2Fgpt-4o");
    const percent = await resolve("gpt-4o%252D");

    expect(slash.body.error.model).toBe("openai/gpt-4o");
    expect(percent.body.error.model).toBe("gpt-4o%2D");
  });

  test("id with a space is MODEL_NOT_FOUND", async () => {
    const { status, body } = await resolve("gpt-4o%20");

    expect(status).toBe(404);
    expect(body.error.code).toBe("MODEL_NOT_FOUND");
    expect(body.error.model).toBe("gpt-4o ");
    expect(body.error.message).toContain("whitespace");
  });

  test("200-character id is resolved", async () => {
    const { status, body } = await resolve(`freddy-${"a".repeat(193)}`);

    expect(status).toBe(200);
    expect(body.match.family).toBe("freddy-*");
  });

  test("201-character id is VALIDATION_FAILED on model", async () => {
    const { status, body } = await resolve(`freddy-${"a".repeat(194)}`);

    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.fields)).toEqual(["model"]);
  });

  test("another organization's token gets NOT_FOUND", async () => {
    const other = await resolveRequest(organization.organizationId, "gpt-4o", otherOrganizationToken);
    const missing = await resolveRequest("ORG_FFFFFFFFFFFFFFFF", "gpt-4o", otherOrganizationToken);

    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("NOT_FOUND");
    expect(other.body).toEqual(missing.body);
  });

  test("organization is checked before the model id", async () => {
    const { status, body } = await resolveRequest(organization.organizationId, "x".repeat(201), otherOrganizationToken);

    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  test("unknown token is AUTHENTICATION_REQUIRED", async () => {
    const { status, body } = await resolve("gpt-4o", "sb_not-a-real-token");

    expect(status).toBe(401);
    expect(body.error.code).toBe("AUTHENTICATION_REQUIRED");
  });
});
