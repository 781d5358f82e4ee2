import "server-only";

import { getDatabase } from "@/lib/db/database";
import type { RoutableIntegration } from "@/lib/routing/resolve-route";

// Plain SQL rather than Prisma: every route lookup runs this, and Prisma 6
// compiles each query in WebAssembly on every call, which cost more CPU than
// the query (docs/benchmarks.md). The key columns are never selected, so
// routing neither decrypts a key nor calls a provider.
const ROUTABLE_INTEGRATIONS_SQL = `
  SELECT id, provider_name AS "providerName", is_active AS "isActive"
  FROM provider_integrations
  WHERE organization_id = $1`;

/**
 * Loads the id, provider and active flag of every integration of the
 * organization in one query, which the (organization_id, provider_name) index serves.
 */
export async function findRoutableIntegrations(organizationId: string): Promise<RoutableIntegration[]> {
  const database = await getDatabase();
  return database.sql.query<RoutableIntegration>(ROUTABLE_INTEGRATIONS_SQL, [organizationId]);
}
