"use server";

import { runAction, type ActionResult } from "@/lib/http/action-result";
import type { RouteResolution, RoutingTableRow } from "@/lib/routing/resolve-route";
import { resolveModelForOrganization } from "@/lib/routing/resolve-model-for-organization";
import { routingTableForOrganization } from "@/lib/routing/routing-table-for-organization";

// Both arguments come from the browser. The organization id is checked against
// the signed-in user's memberships inside the service functions.

/** Loads the organization's routing table, for the routing page's periodic refresh. */
export async function loadRoutingTable(organizationId: string): Promise<ActionResult<RoutingTableRow[]>> {
  return runAction("routing.table", (caller) => routingTableForOrganization(caller, organizationId));
}

/** Resolves one model id for the routing page's "Try a model id" field. */
export async function resolveModelRoute(
  organizationId: string,
  modelId: string,
): Promise<ActionResult<RouteResolution>> {
  return runAction("routing.resolve", (caller) => resolveModelForOrganization(caller, organizationId, modelId));
}
