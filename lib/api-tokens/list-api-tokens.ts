import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { API_TOKEN_VIEW_FIELDS, type ApiTokenView } from "@/lib/api-tokens/api-token-view";
import { getPrisma } from "@/lib/db/database";

/** Lists the organization's API tokens, revoked ones included, newest first. */
export async function listApiTokens(caller: Caller, organizationId: string): Promise<ApiTokenView[]> {
  const access = await authorizeOrganization(caller, organizationId, "tokens.read");
  const prisma = await getPrisma();
  return prisma.apiToken.findMany({
    where: { organizationId: access.organizationId },
    select: API_TOKEN_VIEW_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
