import "server-only";

import type { ProviderName } from "@/lib/providers/types";
import type { MatchRule, ModelMatch } from "@/lib/routing/match-model";
import type { ModelKind } from "@/lib/routing/model-catalog";
import type { RoutingTableRow } from "@/lib/routing/resolve-route";

/** The match of a requested id: the rule that decided and the family or pattern it named. */
export type RouteMatchApiView = { rule: MatchRule; family: string };

/** The API body of a model that routes. */
export type ResolvedRouteApiView = {
  /** The caller's id exactly as sent. */
  model: string;
  provider_name: ProviderName;
  integration_id: string;
  upstream_id: string;
  match: RouteMatchApiView;
};

/** One row of the API's routing table. */
export type RoutingTableApiRow = {
  /** The model name, or the pattern text such as "freddy-*". */
  model: string;
  provider_name: ProviderName;
  kind: ModelKind;
  status: RoutingTableRow["status"];
  integration_id: string | null;
  /** Null for a pattern, whose requests keep the caller's id. */
  upstream_id: string | null;
};

export function toRouteMatchApiView(match: ModelMatch): RouteMatchApiView {
  return { rule: match.rule, family: match.family };
}

export function toResolvedRouteApiView(match: ModelMatch, integrationId: string): ResolvedRouteApiView {
  return {
    model: match.requestedModel,
    provider_name: match.provider,
    integration_id: integrationId,
    upstream_id: match.upstreamId,
    match: toRouteMatchApiView(match),
  };
}

export function toRoutingTableApiRow(row: RoutingTableRow): RoutingTableApiRow {
  return {
    model: row.model,
    provider_name: row.provider,
    kind: row.kind,
    status: row.status,
    integration_id: row.integrationId,
    upstream_id: row.upstreamId,
  };
}
