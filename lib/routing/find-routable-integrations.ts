import "server-only";

import { getPrisma } from "@/lib/db/database";
import type { RoutableIntegration } from "@/lib/routing/resolve-route";

/**
 * Loads the id, provider and active flag of every integration of the
 * organization in one query, which the (organization_id, provider_name) index
 * serves. The key columns are never selected, so routing neither decrypts a key
 * nor calls a provider.
 */
export async function findRoutableIntegrations(organizationId: string): Promise<RoutableIntegration[]> {
  const prisma = await getPrisma();
  return prisma.providerIntegration.findMany({
    where: { organizationId },
    select: { id: true, providerName: true, isActive: true },
  });
}
