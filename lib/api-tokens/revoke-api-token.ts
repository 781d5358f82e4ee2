import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { API_TOKEN_VIEW_FIELDS, type ApiTokenView } from "@/lib/api-tokens/api-token-view";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordIdOrNotFound } from "@/lib/organizations/record-id";

const API_TOKEN_NOT_FOUND_MESSAGE = "API token not found.";

/**
 * Revokes an API token. Bearer resolution reads revoked_at on every request,
 * so the token's next request gets 401. The token is looked up by organization
 * and id together. Revoking it again changes and records nothing.
 */
export async function revokeApiToken(caller: Caller, organizationId: string, apiTokenId: unknown): Promise<ApiTokenView> {
  const access = await authorizeOrganization(caller, organizationId, "tokens.manage");
  const id = recordIdOrNotFound(apiTokenId, API_TOKEN_NOT_FOUND_MESSAGE);
  const prisma = await getPrisma();

  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id, organizationId: access.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const row = await tx.apiToken.findFirst({
      where: { id, organizationId: access.organizationId },
      select: API_TOKEN_VIEW_FIELDS,
    });
    if (!row) throw new AppError("NOT_FOUND", API_TOKEN_NOT_FOUND_MESSAGE);
    if (count === 1) {
      await recordAuditEvent(
        {
          organizationId: access.organizationId,
          actor: access.actor,
          action: "api_token.revoked",
          targetType: "api_token",
          targetId: row.id,
          outcome: "success",
          details: { name: row.name, role: row.role, prefix: row.prefix },
        },
        tx,
      );
    }
    return { row, revoked: count === 1 };
  });

  if (result.revoked) logger.info({ organizationId, apiTokenId: id }, "Revoked an API token");
  return result.row;
}
