import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { useDatabase } from "@/lib/db/database";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { listIntegrations } from "@/lib/integrations/list-integrations";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

// listIntegrations reads rows with plain SQL for speed. These tests compare
// its rows with Prisma's for the same query, field by field and in order.
describe.each(testEngines())("listIntegrations through SQL on %s", (engine) => {
  let database: TestDatabase;
  let organization: Awaited<ReturnType<typeof createOrganizationWithUsers>>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    useDatabase(database);
    organization = await createOrganizationWithUsers(database);
    const other = await createOrganizationWithUsers(database, "Other Org");
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 9, minute, 0, 123));

    await database.prisma.providerIntegration.createMany({
      data: [
        {
          organizationId: organization.organizationId,
          providerName: "openai",
          providerOrgId: "org-abc",
          providerProjectId: "proj_1",
          keyCiphertext: "Y2lwaGVydGV4dA==",
          keyNonce: "bm9uY2Vub25jZW5v",
          keyId: "k1",
          keyHint: "sk-…AbCd",
          isActive: true,
          validationStatus: "accepted",
          lastValidatedAt: at(5),
          createdAt: at(1),
        },
        {
          organizationId: organization.organizationId,
          providerName: "clipdrop",
          keyCiphertext: "Y2lwaGVydGV4dDI=",
          keyNonce: "bm9uY2Vub25jZW4y",
          keyId: "k1",
          isActive: false,
          validationStatus: "accepted_with_warning",
          validationMessage: "Few credits left.",
          remainingCredits: "12.5000",
          creationRequestId: "submission-1",
          createdAt: at(2),
        },
        // Same creation time as the ClipDrop row, so the id decides their order.
        { organizationId: organization.organizationId, providerName: "aitronos", validationStatus: "not_required", createdAt: at(2) },
        { organizationId: other.organizationId, providerName: "anthropic", createdAt: at(3) },
      ],
    });
  });
  afterAll(async () => {
    await database.drop();
  });

  function prismaList(where: Partial<Pick<ProviderIntegration, "providerName" | "isActive">> = {}) {
    return database.prisma.providerIntegration.findMany({
      where: { organizationId: organization.organizationId, ...where },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
  }

  test("matches Prisma's rows and order", async () => {
    const listed = await listIntegrations(organization.member, organization.organizationId);

    expect(listed).toHaveLength(3);
    expect(listed).toEqual(await prismaList());
    const clipdrop = listed.find((row) => row.providerName === "clipdrop");
    expect(clipdrop?.remainingCredits?.toString()).toBe("12.5");
    expect(clipdrop?.createdAt).toBeInstanceOf(Date);
  });

  test("filters by provider and active state", async () => {
    expect(await listIntegrations(organization.member, organization.organizationId, { provider: "openai" })).toEqual(
      await prismaList({ providerName: "openai" }),
    );
    expect(await listIntegrations(organization.member, organization.organizationId, { active: false })).toEqual(
      await prismaList({ isActive: false }),
    );
    const both = await listIntegrations(organization.member, organization.organizationId, {
      provider: "clipdrop",
      active: true,
    });
    expect(both).toEqual([]);
  });
});
