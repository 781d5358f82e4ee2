import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { applyMigrations, pendingMigrations } from "@/lib/db/migrations";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

describe.each(testEngines())("database schema on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.drop();
  });

  test("migrations are all applied and a second run applies none", async () => {
    expect(await pendingMigrations(database.sql)).toEqual([]);
    expect(await applyMigrations(database.sql)).toEqual([]);
  });

  test("a migration changed after it was applied stops the run", async () => {
    const [applied] = await database.sql.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" LIMIT 1',
    );
    const changed = [{ name: applied.migration_name, sql: "SELECT 1;", checksum: "0".repeat(64) }];
    await expect(applyMigrations(database.sql, changed)).rejects.toThrow(/was changed after it was applied/);
  });

  test("at most one active integration per organization and provider", async () => {
    const { organizationId } = await createOrganizationWithUsers(database);
    const prisma = database.prisma;
    await prisma.providerIntegration.create({ data: { organizationId, providerName: "openai", isActive: true } });
    await prisma.providerIntegration.create({ data: { organizationId, providerName: "openai", isActive: false } });
    await prisma.providerIntegration.create({ data: { organizationId, providerName: "anthropic", isActive: true } });

    await expect(
      prisma.providerIntegration.create({ data: { organizationId, providerName: "openai", isActive: true } }),
    ).rejects.toThrow();
    const inactive = await prisma.providerIntegration.findFirstOrThrow({
      where: { organizationId, providerName: "openai", isActive: false },
    });
    await expect(
      prisma.providerIntegration.update({ where: { id: inactive.id }, data: { isActive: true } }),
    ).rejects.toThrow();
    expect(await prisma.providerIntegration.count({ where: { organizationId, providerName: "openai", isActive: true } })).toBe(1);
  });

  test("parallel switch-ons leave exactly one active", async () => {
    const { organizationId } = await createOrganizationWithUsers(database);
    const prisma = database.prisma;
    const rows = await Promise.all(
      Array.from({ length: 6 }, () =>
        prisma.providerIntegration.create({ data: { organizationId, providerName: "clipdrop", isActive: false } }),
      ),
    );
    const results = await Promise.allSettled(
      rows.map((row) => prisma.providerIntegration.update({ where: { id: row.id }, data: { isActive: true } })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.providerIntegration.count({ where: { organizationId, providerName: "clipdrop", isActive: true } })).toBe(1);
  });

  test("emails are stored lower-case only", async () => {
    await expect(
      database.prisma.user.create({ data: { email: "Mixed@Example.com", name: "x", passwordHash: "x" } }),
    ).rejects.toThrow();
  });

  test("organization ids must have the ORG_ format", async () => {
    await expect(database.prisma.organization.create({ data: { id: "ORG_lowercase0000000", name: "x" } })).rejects.toThrow();
  });

  test("audit events cannot be updated or deleted", async () => {
    const event = await database.prisma.auditEvent.create({
      data: { actorLabel: "test", action: "test.event", outcome: "success" },
    });
    await expect(
      database.prisma.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } }),
    ).rejects.toThrow();
    await expect(database.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await database.prisma.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({ action: "test.event" });
  });
});
