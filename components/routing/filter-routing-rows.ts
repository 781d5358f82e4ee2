import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import { MODEL_KIND_LABELS, ROUTE_STATUS_LABELS } from "@/components/routing/routing-labels";
import type { ProviderName } from "@/lib/providers/types";
import type { RoutingTableRow } from "@/lib/routing/resolve-route";

/**
 * Keeps the rows whose model name, upstream id, provider, kind or status
 * contains `search`, letter case ignored. An empty search keeps every row.
 */
export function filterRoutingRows(rows: readonly RoutingTableRow[], search: string): RoutingTableRow[] {
  const needle = search.trim().toLowerCase();
  if (needle === "") return [...rows];

  return rows.filter((row) =>
    [row.model, row.upstreamId ?? "", PROVIDER_DISPLAY_NAMES[row.provider], MODEL_KIND_LABELS[row.kind], ROUTE_STATUS_LABELS[row.status]]
      .some((text) => text.toLowerCase().includes(needle)),
  );
}

/** Groups rows by provider, keeping the order in which providers and rows first appear. */
export function groupRowsByProvider(rows: readonly RoutingTableRow[]): [ProviderName, RoutingTableRow[]][] {
  const groups = new Map<ProviderName, RoutingTableRow[]>();
  for (const row of rows) {
    const group = groups.get(row.provider) ?? [];
    group.push(row);
    groups.set(row.provider, group);
  }
  return [...groups.entries()];
}
