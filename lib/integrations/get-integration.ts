import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { findIntegration } from "@/lib/integrations/find-integration";

/** One integration of an organization the caller may read. */
export async function findReadableIntegration(
  caller: Caller,
  organizationId: string,
  integrationId: string,
): Promise<ProviderIntegration> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.read");
  return findIntegration(access.organizationId, integrationId);
}
