import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { findRoutableIntegrations } from "@/lib/routing/find-routable-integrations";
import { buildRoutingTable, type RoutingTableRow } from "@/lib/routing/resolve-route";

/**
 * Builds the organization's routing table: every catalog model and pattern with
 * the integration that serves it, or why none does. Costs the authorization
 * query and one query of the organization's integrations.
 */
export async function routingTableForOrganization(caller: Caller, organizationId: string): Promise<RoutingTableRow[]> {
  const access = await authorizeOrganization(caller, organizationId, "routing.read");
  const integrations = await findRoutableIntegrations(access.organizationId);
  return buildRoutingTable(integrations);
}
