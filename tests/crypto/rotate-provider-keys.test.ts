import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { parseMasterKeys, type MasterKeyRing } from "@/lib/crypto/master-keys";
import { decryptProviderKey, encryptProviderKey } from "@/lib/crypto/provider-key-cipher";
import { rotateProviderKeys } from "@/lib/crypto/rotate-provider-keys";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

const oldKey = `old:${Buffer.alloc(32, 11).toString("base64")}`;
const newKey = `new:${Buffer.alloc(32, 22).toString("base64")}`;
const ROWS = 12;

describe.each(testEngines())("master key rotation on %s", (engine) => {
  let database: TestDatabase;
  let organizationId: string;
  const plaintexts = new Map<string, string>();

  async function decryptAll(ring: MasterKeyRing) {
    const rows = await database.prisma.providerIntegration.findMany({ where: { organizationId } });
    return rows.map((row) => ({
      id: row.id,
      keyId: row.keyId,
      plaintext: decryptProviderKey(
        { ciphertext: Buffer.from(row.keyCiphertext!, "base64"), nonce: Buffer.from(row.keyNonce!, "base64"), keyId: row.keyId! },
        { organizationId: row.organizationId, providerName: row.providerName, integrationId: row.id },
        ring,
      ),
    }));
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ organizationId } = await createOrganizationWithUsers(database));
    const ring = parseMasterKeys(oldKey);
    for (let i = 0; i < ROWS; i += 1) {
      const id = crypto.randomUUID();
      const plaintext = `clipdrop-rotation-key-${i}`;
      const sealed = encryptProviderKey(plaintext, { organizationId, providerName: "clipdrop", integrationId: id }, ring);
      await database.prisma.providerIntegration.create({
        data: {
          id,
          organizationId,
          providerName: "clipdrop",
          isActive: false,
          keyCiphertext: sealed.ciphertext.toString("base64"),
          keyNonce: sealed.nonce.toString("base64"),
          keyId: sealed.keyId,
        },
      });
      plaintexts.set(id, plaintext);
    }
  });
  afterAll(async () => {
    await database.drop();
  });

  test("a run interrupted halfway loses nothing and a rerun finishes", async () => {
    const ring = parseMasterKeys(`${newKey},${oldKey}`);
    const before = await database.prisma.providerIntegration.findMany({ where: { organizationId }, orderBy: { id: "asc" } });

    const first = await rotateProviderKeys(database.prisma, ring, { batchSize: 5, maxRows: ROWS / 2 });
    expect(first).toMatchObject({ rotated: ROWS / 2, stoppedEarly: true, undecryptable: [] });
    const halfway = await decryptAll(ring);
    expect(halfway.filter((row) => row.keyId === "new")).toHaveLength(ROWS / 2);
    for (const row of halfway) expect(row.plaintext).toBe(plaintexts.get(row.id));

    const second = await rotateProviderKeys(database.prisma, ring, { batchSize: 5 });
    expect(second).toMatchObject({ rotated: ROWS / 2, stoppedEarly: false });
    const third = await rotateProviderKeys(database.prisma, ring);
    expect(third.rotated).toBe(0);

    // Every row now decrypts without the old key, and updated_at did not move.
    const done = await decryptAll(parseMasterKeys(newKey));
    for (const row of done) expect(row.plaintext).toBe(plaintexts.get(row.id));
    const after = await database.prisma.providerIntegration.findMany({ where: { organizationId }, orderBy: { id: "asc" } });
    expect(after.map((row) => row.updatedAt.getTime())).toEqual(before.map((row) => row.updatedAt.getTime()));
  });

  test("rows no configured key can decrypt are reported and left untouched", async () => {
    const stranger = parseMasterKeys(`lost:${Buffer.alloc(32, 33).toString("base64")}`);
    const id = crypto.randomUUID();
    const sealed = encryptProviderKey("lost-key", { organizationId, providerName: "clipdrop", integrationId: id }, stranger);
    const ciphertext = sealed.ciphertext.toString("base64");
    await database.prisma.providerIntegration.create({
      data: { id, organizationId, providerName: "clipdrop", isActive: false, keyCiphertext: ciphertext, keyNonce: sealed.nonce.toString("base64"), keyId: "lost" },
    });
    const report = await rotateProviderKeys(database.prisma, parseMasterKeys(`${newKey},${oldKey}`));
    expect(report.undecryptable).toEqual([{ id, organizationId, keyId: "lost" }]);
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id } });
    expect(row.keyCiphertext).toBe(ciphertext);
  });
});
