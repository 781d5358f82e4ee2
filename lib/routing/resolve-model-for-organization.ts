import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { findRoutableIntegrations } from "@/lib/routing/find-routable-integrations";
import { parseRequestedModelId } from "@/lib/routing/requested-model-id";
import { resolveRoute, type RouteResolution } from "@/lib/routing/resolve-route";

/**
 * Resolves `modelId` for the organization: the integration that serves it, or
 * the named reason there is none. Other services call this before every model
 * request, so it costs the authorization query and one query of the
 * organization's integrations, and nothing else. Throws AppError NOT_FOUND for
 * a caller outside the organization and a ZodError on the field "model" for an
 * empty id or one longer than MAX_MODEL_ID_LENGTH.
 */
export async function resolveModelForOrganization(
  caller: Caller,
  organizationId: string,
  modelId: string,
): Promise<RouteResolution> {
  const access = await authorizeOrganization(caller, organizationId, "routing.read");
  const requestedModel = parseRequestedModelId(modelId);
  const integrations = await findRoutableIntegrations(access.organizationId);
  return resolveRoute(requestedModel, integrations);
}
