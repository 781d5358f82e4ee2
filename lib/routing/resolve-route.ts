import "server-only";

import { matchModel, suggestModel, type ModelMatch } from "@/lib/routing/match-model";
import { MODEL_CATALOG, type ModelCatalog, type ModelKind } from "@/lib/routing/model-catalog";
import type { ProviderName } from "@/lib/providers/types";

/** The fields of one organization's integration that routing reads. */
export type RoutableIntegration = {
  id: string;
  providerName: ProviderName;
  isActive: boolean;
};

/** The route of a requested model for one organization, or the named reason there is none. */
export type RouteResolution =
  | { status: "routable"; match: ModelMatch; integrationId: string }
  | { status: "MODEL_NOT_FOUND"; requestedModel: string; suggestion: string | null }
  /** The organization has no integration of the provider that serves the model. */
  | { status: "PROVIDER_NOT_CONFIGURED"; match: ModelMatch }
  /** The organization has integrations of that provider, but none of them is active. */
  | { status: "PROVIDER_INACTIVE"; match: ModelMatch; integrationIds: string[] };

/** One row of the routing table shown to admins: a catalog model or pattern and how it routes. */
export type RoutingTableRow = {
  /** The model name, or the pattern text such as "freddy-*". */
  model: string;
  entryType: "model" | "pattern";
  provider: ProviderName;
  kind: ModelKind;
  /** The id sent to the provider. It is null for a pattern, whose requests keep the caller's id. */
  upstreamId: string | null;
  status: "routable" | "provider_inactive" | "provider_not_configured";
  /** The integration that serves the row, or null unless the status is "routable". */
  integrationId: string | null;
};

type ProviderAvailability =
  | { state: "active"; integrationId: string }
  | { state: "inactive"; integrationIds: string[] }
  | { state: "not_configured" };

/**
 * Resolves `modelId` against `integrations`. The function does no access
 * checks, so the caller passes only the integrations of the organization the
 * request is made for.
 */
export function resolveRoute(
  modelId: string,
  integrations: readonly RoutableIntegration[],
  catalog: ModelCatalog = MODEL_CATALOG,
): RouteResolution {
  const match = matchModel(modelId, catalog);
  if (!match) {
    return { status: "MODEL_NOT_FOUND", requestedModel: modelId, suggestion: suggestModel(modelId, catalog) };
  }

  const availability = findProviderAvailability(match.provider, integrations);
  switch (availability.state) {
    case "active":
      return { status: "routable", match, integrationId: availability.integrationId };
    case "inactive":
      return { status: "PROVIDER_INACTIVE", match, integrationIds: availability.integrationIds };
    case "not_configured":
      return { status: "PROVIDER_NOT_CONFIGURED", match };
  }
}

/**
 * Builds one row per catalog model and per pattern with its status for the
 * organization owning `integrations`. Providers appear in the order they
 * first appear in the catalog. Within a provider, its models come first in
 * catalog order, then its patterns.
 */
export function buildRoutingTable(
  integrations: readonly RoutableIntegration[],
  catalog: ModelCatalog = MODEL_CATALOG,
): RoutingTableRow[] {
  const rowsByProvider = new Map<ProviderName, RoutingTableRow[]>();
  const addRow = (row: Omit<RoutingTableRow, "status" | "integrationId">) => {
    const availability = findProviderAvailability(row.provider, integrations);
    const rows = rowsByProvider.get(row.provider) ?? [];
    rows.push({ ...row, ...rowStatus(availability) });
    rowsByProvider.set(row.provider, rows);
  };

  for (const model of catalog.models) {
    addRow({
      model: model.name,
      entryType: "model",
      provider: model.provider,
      kind: model.kind,
      upstreamId: model.upstreamId,
    });
  }
  for (const pattern of catalog.patterns) {
    addRow({
      model: pattern.pattern,
      entryType: "pattern",
      provider: pattern.provider,
      kind: pattern.kind,
      upstreamId: null,
    });
  }

  // A Map iterates in insertion order, which is each provider's first appearance.
  return [...rowsByProvider.values()].flat();
}

function rowStatus(availability: ProviderAvailability): Pick<RoutingTableRow, "status" | "integrationId"> {
  switch (availability.state) {
    case "active":
      return { status: "routable", integrationId: availability.integrationId };
    case "inactive":
      return { status: "provider_inactive", integrationId: null };
    case "not_configured":
      return { status: "provider_not_configured", integrationId: null };
  }
}

function findProviderAvailability(
  provider: ProviderName,
  integrations: readonly RoutableIntegration[],
): ProviderAvailability {
  const ofProvider = integrations.filter((integration) => integration.providerName === provider);
  if (ofProvider.length === 0) return { state: "not_configured" };

  // The product allows one active integration per provider. If stored data
  // ever contains more, the lowest id wins, so the answer does not depend on the
  // order the database returned the rows in.
  const activeIds = ofProvider
    .filter((integration) => integration.isActive)
    .map((integration) => integration.id)
    .sort(compareCodeUnits);
  if (activeIds.length > 0) return { state: "active", integrationId: activeIds[0] };

  return { state: "inactive", integrationIds: ofProvider.map((integration) => integration.id) };
}

function compareCodeUnits(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
