import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { GET as listIntegrationsRoute } from "@/app/api/v1/organizations/[organizationId]/provider-integrations/route";
import { hashToken } from "@/lib/access/api-tokens";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createOrganization } from "@/lib/organizations/create-organization";
import { auditEventsOf, everyRowAsText, expectAppError } from "@/tests/access-management/access-test-helpers";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Organization = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

function listIntegrationsWith(organizationId: string, token: string) {
  const request = new NextRequest(`http://127.0.0.1/api/v1/organizations/${organizationId}/provider-integrations`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return listIntegrationsRoute(request, { params: Promise.resolve({ organizationId }) });
}

describe.each(testEngines())("API tokens on %s", (engine) => {
  let database: TestDatabase;
  let org: Organization;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  beforeEach(async () => {
    org = await createOrganizationWithUsers(database, "Tokens Org");
  });
  afterAll(async () => {
    await database.drop();
  });

  test("token is shown once and stored as a hash", async () => {
    const { token, apiToken } = await createApiToken(org.admin, org.organizationId, { name: "CI", role: "member" });
    expect(token).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));

    const row = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.createdByUserId).toBe(org.admin.userId);
    const rows = await everyRowAsText(database);
    expect(rows.some((text) => text.includes(token))).toBe(false);

    const listed = await listApiTokens(org.admin, org.organizationId);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  test("creation is audited without the token", async () => {
    const { token, apiToken } = await createApiToken(org.owner, org.organizationId, { name: "Deploy", role: "admin" });
    const [event] = await auditEventsOf(database, org.organizationId, "api_token.created");
    expect(event.targetId).toBe(apiToken.id);
    expect(event.details).toEqual({ name: "Deploy", role: "admin", prefix: apiToken.prefix });
    expect(JSON.stringify(event)).not.toContain(token);
  });

  test("new token calls the list API", async () => {
    const { token } = await createApiToken(org.admin, org.organizationId, { name: "Reader", role: "member" });
    const response = await listIntegrationsWith(org.organizationId, token);
    expect(response.status).toBe(200);
  });

  test("revoked token is refused at once", async () => {
    const created = await createOrganization(org.owner, { name: "Revocation Org" });
    const { token, apiToken } = await createApiToken(org.owner, created.id, { name: "Short-lived", role: "admin" });

    const before = await listIntegrationsWith(created.id, token);
    expect(before.status).toBe(200);
    expect((await before.json()).data).toHaveLength(1);

    const revoked = await revokeApiToken(org.owner, created.id, apiToken.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);

    const after = await listIntegrationsWith(created.id, token);
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("AUTHENTICATION_REQUIRED");
    const [event] = await auditEventsOf(database, created.id, "api_token.revoked");
    expect(event.targetId).toBe(apiToken.id);
  });

  test("revoking twice records once", async () => {
    const { apiToken } = await createApiToken(org.admin, org.organizationId, { name: "Twice", role: "member" });
    const first = await revokeApiToken(org.admin, org.organizationId, apiToken.id);
    const second = await revokeApiToken(org.admin, org.organizationId, apiToken.id);
    expect(second.revokedAt).toEqual(first.revokedAt);
    expect(await auditEventsOf(database, org.organizationId, "api_token.revoked")).toHaveLength(1);
  });

  test("list shows revoked tokens and last use", async () => {
    const { token, apiToken } = await createApiToken(org.admin, org.organizationId, { name: "Used", role: "member" });
    await listIntegrationsWith(org.organizationId, token);
    await revokeApiToken(org.admin, org.organizationId, apiToken.id);
    const [listed] = await listApiTokens(org.admin, org.organizationId);
    expect(listed).toMatchObject({ id: apiToken.id, name: "Used", role: "member", prefix: apiToken.prefix });
    expect(listed.lastUsedAt).toBeInstanceOf(Date);
    expect(listed.revokedAt).toBeInstanceOf(Date);
  });

  test.each([
    ["owner role", { name: "x", role: "owner" }, "role"],
    ["unknown role", { name: "x", role: "root" }, "role"],
    ["blank name", { name: "   ", role: "member" }, "name"],
    ["101-character name", { name: "n".repeat(101), role: "member" }, "name"],
  ])("%s is rejected", async (_label, input, field) => {
    const error = await createApiToken(org.admin, org.organizationId, input).then(
      () => null,
      (reason: unknown) => reason as { issues?: { path: unknown[] }[] },
    );
    expect(error?.issues?.[0]?.path).toEqual([field]);
    expect(await database.prisma.apiToken.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  test("member role cannot see or manage tokens", async () => {
    const { apiToken } = await createApiToken(org.admin, org.organizationId, { name: "Kept", role: "member" });
    await expectAppError(listApiTokens(org.member, org.organizationId), "FORBIDDEN");
    await expectAppError(createApiToken(org.member, org.organizationId, { name: "Mine", role: "member" }), "FORBIDDEN");
    await expectAppError(revokeApiToken(org.member, org.organizationId, apiToken.id), "FORBIDDEN");
    const row = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.revokedAt).toBeNull();
  });

  test("unknown token id is NOT_FOUND", async () => {
    await expectAppError(revokeApiToken(org.admin, org.organizationId, "0190a0a0-0000-7000-8000-000000000000"), "NOT_FOUND");
    await expectAppError(revokeApiToken(org.admin, org.organizationId, { id: "object" }), "NOT_FOUND");
  });
});
