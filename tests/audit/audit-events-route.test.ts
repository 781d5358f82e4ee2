import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET } from "@/app/api/v1/organizations/[organizationId]/audit-events/route";
import { insertOrganizationEvents, insertSignInEvents } from "@/tests/audit/audit-event-fixtures";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

const LEAKED_KEY = "sk-proj-leakTestAbCdEfGhIjKlMnOpT3BlbkFJqRsTuVwXyZ0123456789";

function auditRequest(organizationId: string, token: string, query = "") {
  const request = new NextRequest(`http://127.0.0.1/api/v1/organizations/${organizationId}/audit-events${query}`, {
    headers: { authorization: `Bearer ${token}`, "user-agent": "vitest" },
  });
  return GET(request, { params: Promise.resolve({ organizationId }) });
}

type ApiEvent = { id: string; description: string; details: Record<string, unknown> };

describe.each(testEngines())("GET audit-events on %s", (engine) => {
  let database: TestDatabase;
  let organizationId: string;
  let memberToken: string;
  let outsiderToken: string;
  let rejectedEventId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const organization = await createOrganizationWithUsers(database, "Audited Org");
    const other = await createOrganizationWithUsers(database, "Other Org");
    organizationId = organization.organizationId;
    memberToken = await createApiToken(database, organizationId, "member");
    outsiderToken = await createApiToken(database, other.organizationId, "admin");

    await insertOrganizationEvents(database, organizationId, 12);
    await insertOrganizationEvents(database, other.organizationId, 3);
    await insertSignInEvents(database, 3);
    const rejected = await database.prisma.auditEvent.create({
      data: {
        organizationId,
        actorUserId: organization.admin.userId,
        actorLabel: organization.admin.email,
        action: "integration.activated",
        targetType: "integration",
        targetId: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a",
        outcome: "failure",
        // provider_api_key and provider_message must never leave the server, even if code records them by mistake.
        details: {
          provider: "openai",
          http_status: 401,
          error_code: "invalid_api_key",
          field: "provider_api_key",
          provider_api_key: LEAKED_KEY,
          provider_message: `Incorrect API key provided: ${LEAKED_KEY}`,
        },
        ip: "203.0.113.7",
        userAgent: "Mozilla/5.0 test",
        createdAt: new Date("2030-01-01T00:00:00.000Z"),
      },
    });
    rejectedEventId = rejected.id;
  });
  afterAll(async () => {
    await database.drop();
  });

  test("returns events newest first with the documented fields", async () => {
    const response = await auditRequest(organizationId, memberToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["data", "next_cursor"]);
    expect(body.data).toHaveLength(13);
    expect(body.next_cursor).toBeNull();

    const [newest] = body.data;
    expect(newest).toEqual({
      id: rejectedEventId,
      action: "integration.activated",
      outcome: "failure",
      actor: { label: expect.stringMatching(/^admin-/), user_id: expect.any(String) },
      target: { type: "integration", id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a" },
      details: { provider: "openai", http_status: 401, error_code: "invalid_api_key", field: "provider_api_key" },
      ip: "203.0.113.7",
      user_agent: "Mozilla/5.0 test",
      created_at: "2030-01-01T00:00:00Z",
      description: `${newest.actor.label} tried to switch on the OpenAI integration; OpenAI rejected the key: invalid_api_key`,
    });
    const created = body.data.map((event: { created_at: string }) => event.created_at);
    expect([...created].sort().reverse()).toEqual(created);
  });

  test("response body never contains the recorded key", async () => {
    const text = await (await auditRequest(organizationId, memberToken)).text();
    expect(text).not.toContain(LEAKED_KEY);
    expect(text).not.toContain("provider_message");
  });

  test("event without a target has target null", async () => {
    const body = await (await auditRequest(organizationId, memberToken, "?limit=100")).json();
    const generated = body.data.find((event: ApiEvent) => event.id !== rejectedEventId);
    expect(generated.target).toBeNull();
    expect(generated.details).toEqual({ provider: "openai" });
  });

  test("next_cursor walks every page once", async () => {
    const seen: string[] = [];
    let query = "?limit=5";
    for (let page = 0; page < 10; page += 1) {
      const body = await (await auditRequest(organizationId, memberToken, query)).json();
      seen.push(...body.data.map((event: ApiEvent) => event.id));
      if (!body.next_cursor) break;
      query = `?limit=5&cursor=${encodeURIComponent(body.next_cursor)}`;
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
  });

  test("outcome filter returns only failures", async () => {
    const body = await (await auditRequest(organizationId, memberToken, "?outcome=failure&limit=100")).json();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((event: { outcome: string }) => event.outcome === "failure")).toBe(true);
  });

  test.each([
    ["?cursor=not-a-cursor", "cursor"],
    ["?limit=500", "limit"],
    ["?action=integration.exploded", "action"],
    ["?from=2025-03-03&to=2025-03-02", "to"],
    ["?colour=blue", "colour"],
    ["?outcome=success&outcome=failure", "outcome"],
  ])("invalid query %s answers 400 naming the field", async (query, field) => {
    const response = await auditRequest(organizationId, memberToken, query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    expect(Object.keys(body.error.fields)).toContain(field);
  });

  test("another organization's token answers 404 like a missing organization", async () => {
    const other = await auditRequest(organizationId, outsiderToken);
    const missing = await auditRequest("ORG_FFFFFFFFFFFFFFFF", outsiderToken);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
  });

  test("an unknown token answers 401", async () => {
    const response = await auditRequest(organizationId, "sb_not-a-real-token");
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("AUTHENTICATION_REQUIRED");
  });
});
