import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET } from "@/app/api/v1/organizations/[organizationId]/routes/route";
import { MODEL_CATALOG } from "@/lib/routing/model-catalog";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

import { createRoutingTestOrganization } from "./routing-test-organization";

type ApiRow = {
  model: string;
  provider_name: string;
  kind: string;
  status: string;
  integration_id: string | null;
  upstream_id: string | null;
};

async function tableRequest(organizationId: string, token: string) {
  const request = new NextRequest(`http://127.0.0.1/api/v1/organizations/${organizationId}/routes`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const response = await GET(request, { params: Promise.resolve({ organizationId }) });
  return { status: response.status, body: await response.json() };
}

describe.each(testEngines())("GET routes on %s", (engine) => {
  let database: TestDatabase;
  let organization: Awaited<ReturnType<typeof createRoutingTestOrganization>>;
  let rows: ApiRow[];
  const rowOf = (model: string) => rows.find((row) => row.model === model);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    organization = await createRoutingTestOrganization(database);
    const { status, body } = await tableRequest(organization.organizationId, organization.memberToken);
    if (status !== 200) throw new Error(`GET routes answered ${status}: ${JSON.stringify(body)}`);
    rows = body.data;
  });
  afterAll(async () => {
    await database.drop();
  });

  test("lists every catalog model and pattern once", () => {
    const expected = [
      ...MODEL_CATALOG.models.map((model) => model.name),
      ...MODEL_CATALOG.patterns.map((pattern) => pattern.pattern),
    ];

    expect(rows.map((row) => row.model).sort()).toEqual(expected.sort());
  });

  test("rows have exactly the documented fields", () => {
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ["model", "provider_name", "kind", "status", "integration_id", "upstream_id"].sort(),
      );
    }
  });

  test("active provider rows are routable", () => {
    expect(rowOf("claude-3-5-sonnet")).toEqual({
      model: "claude-3-5-sonnet",
      provider_name: "anthropic",
      kind: "chat",
      status: "routable",
      integration_id: organization.integrationIds.anthropic,
      upstream_id: "claude-3-5-sonnet-latest",
    });
  });

  test("pattern row has no upstream id", () => {
    expect(rowOf("freddy-*")).toMatchObject({
      provider_name: "aitronos",
      status: "routable",
      integration_id: organization.integrationIds.aitronos,
      upstream_id: null,
    });
  });

  test("switched-off provider rows are provider_inactive", () => {
    const openaiRows = rows.filter((row) => row.provider_name === "openai");

    expect(openaiRows).toHaveLength(5);
    for (const row of openaiRows) {
      expect(row.status).toBe("provider_inactive");
      expect(row.integration_id).toBeNull();
    }
  });

  test("missing provider rows are provider_not_configured", () => {
    const clipdropRows = rows.filter((row) => row.provider_name === "clipdrop");

    expect(clipdropRows).toHaveLength(5);
    for (const row of clipdropRows) {
      expect(row.status).toBe("provider_not_configured");
      expect(row.integration_id).toBeNull();
    }
  });

  test("another organization's token gets NOT_FOUND", async () => {
    const other = await createOrganizationWithUsers(database, "Other Org");
    const otherToken = await createApiToken(database, other.organizationId, "member");

    const { status, body } = await tableRequest(organization.organizationId, otherToken);

    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});
