import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { findIntegration } from "@/lib/integrations/find-integration";
import { logger } from "@/lib/logger";

/**
 * Deletes an integration. Its row, and with it the encrypted key, is gone;
 * the audit trail keeps the provider and the key's hint.
 */
export async function deleteIntegration(caller: Caller, organizationId: string, integrationId: string): Promise<void> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.write");
  const row = await findIntegration(organizationId, integrationId);
  const prisma = await getPrisma();

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.providerIntegration.deleteMany({ where: { id: row.id, organizationId } });
    if (count === 0) throw new AppError("NOT_FOUND", "Integration not found.");
    await recordAuditEvent(
      {
        organizationId,
        actor: access.actor,
        action: "integration.deleted",
        targetType: "integration",
        targetId: row.id,
        outcome: "success",
        details: { provider: row.providerName, key_hint: row.keyHint, was_active: row.isActive },
      },
      tx,
    );
  });
  logger.info({ organizationId, integrationId: row.id, provider: row.providerName }, "Deleted an integration");
}
