/**
 * TanStack Query keys of routing results. Keys match by prefix, so
 * invalidating routingTableQueryKey(organizationId) after an integration is
 * switched on or off also refetches every model resolved on the routing page.
 */
export function routingTableQueryKey(organizationId: string) {
  return ["routing", organizationId] as const;
}

export function modelRouteQueryKey(organizationId: string, modelId: string) {
  return ["routing", organizationId, modelId] as const;
}

/** How often the routing page refetches, in milliseconds, so a change made in another tab shows up soon. */
export const ROUTING_REFETCH_INTERVAL_MS = 5_000;
