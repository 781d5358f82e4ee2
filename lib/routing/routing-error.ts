import "server-only";

import { AppError } from "@/lib/errors";
import { providerDisplayName } from "@/lib/providers/provider-display-name";
import type { ModelMatch } from "@/lib/routing/match-model";
import { isWellFormedModelId } from "@/lib/routing/model-id-syntax";
import type { RouteResolution } from "@/lib/routing/resolve-route";
import { toRouteMatchApiView } from "@/lib/routing/route-api-view";

/** A resolution that names why a model does not route. */
export type RoutingMiss = Exclude<RouteResolution, { status: "routable" }>;

/**
 * Returns the API error of a routing miss: MODEL_NOT_FOUND,
 * PROVIDER_NOT_CONFIGURED or PROVIDER_INACTIVE, all 404. The body carries the
 * caller's id as `model`, plus `suggestion` (a family name, pattern or null)
 * for MODEL_NOT_FOUND, and the provider and match for the other two.
 */
export function routingErrorOf(miss: RoutingMiss): AppError {
  switch (miss.status) {
    case "MODEL_NOT_FOUND":
      return new AppError("MODEL_NOT_FOUND", modelNotFoundMessage(miss.requestedModel, miss.suggestion), {
        details: { model: miss.requestedModel, suggestion: miss.suggestion },
      });

    case "PROVIDER_NOT_CONFIGURED": {
      const provider = providerDisplayName(miss.match.provider);
      return new AppError(
        "PROVIDER_NOT_CONFIGURED",
        `The model "${miss.match.requestedModel}" is served by ${provider}, but this organization has no ${provider} integration. Add one to route this model.`,
        { details: matchDetails(miss.match) },
      );
    }

    case "PROVIDER_INACTIVE": {
      const provider = providerDisplayName(miss.match.provider);
      return new AppError(
        "PROVIDER_INACTIVE",
        `The model "${miss.match.requestedModel}" is served by ${provider}, but every ${provider} integration of this organization is switched off. Switch one on to route this model.`,
        { details: { ...matchDetails(miss.match), inactive_integration_ids: miss.integrationIds } },
      );
    }
  }
}

function modelNotFoundMessage(modelId: string, suggestion: string | null): string {
  const notFound = `No provider serves the model "${modelId}".`;
  if (!isWellFormedModelId(modelId)) {
    return `${notFound} Model ids contain no whitespace or control characters.`;
  }
  if (suggestion !== null) {
    return `${notFound} Model ids are case-sensitive, and this id matches "${suggestion}" when letter case is ignored.`;
  }
  return `${notFound} The routing table lists every model and pattern that routes.`;
}

function matchDetails(match: ModelMatch) {
  return {
    model: match.requestedModel,
    provider_name: match.provider,
    upstream_id: match.upstreamId,
    match: toRouteMatchApiView(match),
  };
}
