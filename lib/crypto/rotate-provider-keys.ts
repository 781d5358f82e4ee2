import { decryptProviderKey, encryptProviderKey, KeyDecryptionError } from "@/lib/crypto/provider-key-cipher";
import type { MasterKeyRing } from "@/lib/crypto/master-keys";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type RotationReport = {
  /** Rows re-encrypted under the current master key by this run. */
  rotated: number;
  /** Rows that no master key in the ring can decrypt; left exactly as they were. */
  undecryptable: { id: string; organizationId: string; keyId: string | null }[];
  /** Rows changed by someone else during the run; the next run picks them up. */
  skippedConcurrentChange: number;
  /** True when the run stopped at `maxRows` with rows still to do. */
  stoppedEarly: boolean;
};

/**
 * Re-encrypts every stored provider key under the ring's current (first)
 * master key, row by row. Each row is one compare-and-set update, so the run
 * can be interrupted at any point and run again: rows already under the
 * current key are skipped, and nothing is lost. Rows that cannot be decrypted
 * are reported and left untouched. `maxRows` stops early (tests use it to
 * interrupt a run halfway).
 */
export async function rotateProviderKeys(
  prisma: PrismaClient,
  ring: MasterKeyRing,
  options: { batchSize?: number; maxRows?: number } = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 100;
  const report: RotationReport = { rotated: 0, undecryptable: [], skippedConcurrentChange: 0, stoppedEarly: false };
  let afterId = "";

  for (;;) {
    const rows = await prisma.providerIntegration.findMany({
      where: { keyCiphertext: { not: null }, NOT: { keyId: ring.current.id }, id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return report;

    for (const row of rows) {
      afterId = row.id;
      if (options.maxRows !== undefined && report.rotated >= options.maxRows) {
        report.stoppedEarly = true;
        return report;
      }
      const binding = { organizationId: row.organizationId, providerName: row.providerName, integrationId: row.id };
      let plaintext: string;
      try {
        plaintext = decryptProviderKey(
          {
            ciphertext: Buffer.from(row.keyCiphertext ?? "", "base64"),
            nonce: Buffer.from(row.keyNonce ?? "", "base64"),
            keyId: row.keyId ?? "",
          },
          binding,
          ring,
        );
      } catch (error) {
        if (!(error instanceof KeyDecryptionError)) throw error;
        report.undecryptable.push({ id: row.id, organizationId: row.organizationId, keyId: row.keyId });
        continue;
      }

      const sealed = encryptProviderKey(plaintext, binding, ring);
      const { count } = await prisma.providerIntegration.updateMany({
        where: { id: row.id, keyCiphertext: row.keyCiphertext },
        data: {
          keyCiphertext: sealed.ciphertext.toString("base64"),
          keyNonce: sealed.nonce.toString("base64"),
          keyId: sealed.keyId,
          // Rotation is not a change to the integration: keep updated_at, which clients use to detect edits.
          updatedAt: row.updatedAt,
        },
      });
      if (count === 1) report.rotated += 1;
      else report.skippedConcurrentChange += 1;
    }
  }
}
