import "server-only";

import { generateToken } from "@/lib/access/api-tokens";
import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { createApiTokenSchema } from "@/lib/api-tokens/api-token-input";
import { API_TOKEN_VIEW_FIELDS, type ApiTokenView } from "@/lib/api-tokens/api-token-view";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { logger } from "@/lib/logger";

export type CreatedApiToken = {
  apiToken: ApiTokenView;
  /** The token itself. This return value is its only copy, because the database keeps only its SHA-256 hash. */
  token: string;
};

/** Creates an API token of the organization with the admin or member role. */
export async function createApiToken(caller: Caller, organizationId: string, rawInput: unknown): Promise<CreatedApiToken> {
  const access = await authorizeOrganization(caller, organizationId, "tokens.manage");
  const input = createApiTokenSchema.parse(rawInput);
  const { token, tokenHash, prefix } = generateToken();
  const prisma = await getPrisma();

  const apiToken = await prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        organizationId: access.organizationId,
        name: input.name,
        role: input.role,
        prefix,
        tokenHash,
        createdByUserId: caller.kind === "user" ? caller.userId : null,
      },
      select: API_TOKEN_VIEW_FIELDS,
    });
    await recordAuditEvent(
      {
        organizationId: access.organizationId,
        actor: access.actor,
        action: "api_token.created",
        targetType: "api_token",
        targetId: row.id,
        outcome: "success",
        details: { name: row.name, role: row.role, prefix: row.prefix },
      },
      tx,
    );
    return row;
  });

  logger.info({ organizationId, apiTokenId: apiToken.id, role: apiToken.role }, "Created an API token");
  return { apiToken, token };
}
