import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { resolveModelForOrganization } from "@/lib/routing/resolve-model-for-organization";
import { toResolvedRouteApiView } from "@/lib/routing/route-api-view";
import { routingErrorOf } from "@/lib/routing/routing-error";

type Params = { organizationId: string; model: string };

// Next's router has already URL-decoded the [model] segment once, and it
// rejects a malformed escape with 400 before this handler runs. The segment is
// not decoded again, so "%2F" in a request reaches routing as "/" and "%252F" as "%2F".
export const GET = apiRoute<Params>(async ({ params, caller }) => {
  const resolution = await resolveModelForOrganization(caller, params.organizationId, params.model);
  if (resolution.status !== "routable") throw routingErrorOf(resolution);
  return NextResponse.json(toResolvedRouteApiView(resolution.match, resolution.integrationId));
});
