import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Caller } from "@/lib/access/caller";
import { isOrganizationId } from "@/lib/ids";
import { createOrganization } from "@/lib/organizations/create-organization";
import { expectAppError } from "@/tests/access-management/access-test-helpers";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

describe.each(testEngines())("createOrganization on %s", (engine) => {
  let database: TestDatabase;
  let user: Caller & { kind: "user" };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ member: user } = await createOrganizationWithUsers(database, "Existing Org"));
  });
  afterAll(async () => {
    await database.drop();
  });

  test("creator becomes the owner", async () => {
    const created = await createOrganization(user, { name: "  Northwind  " });
    expect(isOrganizationId(created.id)).toBe(true);
    expect(created.name).toBe("Northwind");

    const organization = await database.prisma.organization.findUnique({ where: { id: created.id } });
    expect(organization?.name).toBe("Northwind");
    const memberships = await database.prisma.membership.findMany({ where: { organizationId: created.id } });
    expect(memberships).toHaveLength(1);
    expect(memberships[0].userId).toBe(user.userId);
    expect(memberships[0].role).toBe("owner");
  });

  test("aitronos integration is created active", async () => {
    const created = await createOrganization(user, { name: "With Aitronos" });
    const integrations = await database.prisma.providerIntegration.findMany({ where: { organizationId: created.id } });
    expect(integrations).toHaveLength(1);
    expect(integrations[0].providerName).toBe("aitronos");
    expect(integrations[0].isActive).toBe(true);
    expect(integrations[0].validationStatus).toBe("not_required");
    expect(integrations[0].keyCiphertext).toBeNull();
  });

  test("records organization.created", async () => {
    const created = await createOrganization(user, { name: "Audited" });
    const events = await database.prisma.auditEvent.findMany({ where: { organizationId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe("organization.created");
    expect(events[0].actorUserId).toBe(user.userId);
    expect(events[0].targetId).toBe(created.id);
  });

  test.each([
    ["empty", ""],
    ["blank", "   "],
    ["101 characters", "x".repeat(101)],
    ["a line break", "two\nlines"],
  ])("name %s is rejected", async (_label, name) => {
    const before = await database.prisma.organization.count();
    const error = await createOrganization(user, { name }).then(
      () => null,
      (reason: unknown) => reason as { issues?: { path: unknown[] }[] },
    );
    expect(error?.issues?.[0]?.path).toEqual(["name"]);
    expect(await database.prisma.organization.count()).toBe(before);
  });

  test("100 characters are accepted", async () => {
    const created = await createOrganization(user, { name: "y".repeat(100) });
    expect(created.name).toHaveLength(100);
  });

  test("API token cannot create one", async () => {
    const tokenCaller: Caller = {
      kind: "token",
      tokenId: "token-id",
      prefix: "sb_abcdefg",
      organizationId: "ORG_0000000000000000",
      role: "admin",
      ip: null,
      userAgent: null,
    };
    await expectAppError(createOrganization(tokenCaller, { name: "By token" }), "FORBIDDEN");
  });
});
