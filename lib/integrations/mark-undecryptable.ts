import "server-only";

import type { OrganizationAccess } from "@/lib/access/authorize-organization";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { KeyDecryptionError } from "@/lib/crypto/provider-key-cipher";
import { getPrisma } from "@/lib/db/database";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

/**
 * Records that a row's stored key cannot be decrypted: the row shows "key must
 * be re-entered", its ciphertext stays untouched (a restored master key can
 * still read it), and the failure is audited and logged.
 */
export async function markUndecryptable(
  access: OrganizationAccess,
  row: ProviderIntegration,
  error: KeyDecryptionError,
): Promise<void> {
  const prisma = await getPrisma();
  await prisma.providerIntegration.update({
    where: { id: row.id },
    data: {
      validationStatus: "undecryptable",
      validationMessage: "The stored key cannot be decrypted; enter the key again.",
    },
  });
  await recordAuditEvent({
    organizationId: access.organizationId,
    actor: access.actor,
    action: "integration.decrypt_failed",
    targetType: "integration",
    targetId: row.id,
    outcome: "failure",
    details: { provider: row.providerName, key_hint: row.keyHint, master_key_id: row.keyId, reason: error.reason },
  });
  logger.warn(
    { organizationId: access.organizationId, integrationId: row.id, masterKeyId: row.keyId, reason: error.reason },
    "A stored provider key could not be decrypted",
  );
}
