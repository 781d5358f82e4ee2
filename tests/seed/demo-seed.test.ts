import fs from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { masterKeys } from "@/lib/crypto/master-keys";
import { decryptProviderKey } from "@/lib/crypto/provider-key-cipher";
import { DEMO_ORGANIZATION_ID, seedDemoData } from "@/lib/seed/demo-seed";
import { toIntegrationApiView } from "@/lib/integrations/integration-view";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

const fixture = JSON.parse(fs.readFileSync(path.join(process.cwd(), "lib/seed/seed-integrations.json"), "utf8"));

describe.each(testEngines())("demo seed on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.drop();
  });

  test("seeds an empty database with the chosen password", async () => {
    const result = await seedDemoData(database.prisma, { password: "chosen-demo-password" });
    expect(result).toMatchObject({ seeded: true, passwordWasGenerated: false });
    const admin = await database.prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(await verifyPassword("chosen-demo-password", admin.passwordHash)).toBe(true);
  });

  test("the demo organization holds exactly the fixture's records", async () => {
    const rows = await database.prisma.providerIntegration.findMany({ where: { organizationId: DEMO_ORGANIZATION_ID } });
    const actual = rows
      .map(toIntegrationApiView)
      .map(({ id: _id, last_validated_at: _validatedAt, validation_status: _status, ...fields }) => fields);
    const sortKey = (record: { provider_name: string; created_at: string }) => `${record.provider_name}|${record.created_at}`;
    expect(actual.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...fixture.integrations].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
  });

  test("every stored key decrypts under the row's binding", async () => {
    const rows = await database.prisma.providerIntegration.findMany({ where: { keyCiphertext: { not: null } } });
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const key = decryptProviderKey(
        { ciphertext: Buffer.from(row.keyCiphertext!, "base64"), nonce: Buffer.from(row.keyNonce!, "base64"), keyId: row.keyId! },
        { organizationId: row.organizationId, providerName: row.providerName, integrationId: row.id },
        masterKeys(),
      );
      expect(key.length).toBeGreaterThan(20);
      expect(row.keyHint).toBe(`${row.keyHint!.split("…")[0]}…${key.slice(-4)}`);
      // The plaintext is nowhere in the stored row.
      expect(JSON.stringify(row)).not.toContain(key);
    }
  });

  test("users, roles and Globex are seeded", async () => {
    const memberships = await database.prisma.membership.findMany({
      select: { role: true, user: { select: { email: true } }, organization: { select: { name: true } } },
    });
    const summary = memberships.map((m) => `${m.user.email}:${m.role}:${m.organization.name}`).sort();
    expect(summary).toEqual([
      "admin@example.com:owner:Acme Research",
      "admin@globex.example:owner:Globex",
      "member@example.com:member:Acme Research",
    ]);
    const globex = await database.prisma.organization.findFirstOrThrow({ where: { name: "Globex" } });
    expect(globex.id).toMatch(/^ORG_[0-9A-F]{16}$/);
    const globexIntegrations = await database.prisma.providerIntegration.findMany({ where: { organizationId: globex.id } });
    expect(globexIntegrations.map((row) => [row.providerName, row.isActive])).toEqual([["aitronos", true]]);
  });

  test("never runs twice", async () => {
    const before = await database.prisma.providerIntegration.count();
    expect(await seedDemoData(database.prisma, { evenIfNotEmpty: true })).toEqual({ seeded: false, reason: "already_seeded" });
    expect(await database.prisma.providerIntegration.count()).toBe(before);
    expect(await database.prisma.user.count()).toBe(3);
  });
});

describe.each(testEngines())("demo seed on a non-empty %s database", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await database.prisma.organization.create({ data: { id: "ORG_00000000000000AA", name: "Existing" } });
  });
  afterAll(async () => {
    await database.drop();
  });

  test("is left alone unless asked", async () => {
    expect(await seedDemoData(database.prisma)).toEqual({ seeded: false, reason: "database_not_empty" });
    expect(await database.prisma.organization.count()).toBe(1);
  });

  test("a generated password is returned once when none is chosen", async () => {
    const result = await seedDemoData(database.prisma, { evenIfNotEmpty: true });
    expect(result).toMatchObject({ seeded: true, passwordWasGenerated: true });
    if (result.seeded) expect(result.password.length).toBeGreaterThanOrEqual(16);
    expect(await database.prisma.organization.count()).toBe(3);
  });
});
