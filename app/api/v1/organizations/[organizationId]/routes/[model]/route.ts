import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { resolveModelForOrganization } from "@/lib/routing/resolve-model-for-organization";
import { toResolvedRouteApiView } from "@/lib/routing/route-api-view";
import { routingErrorOf } from "@/lib/routing/routing-error";

type Params = { organizationId: string; model: string };

// Next's router has already URL-decoded the [model] segment once, so it is not
// decoded again: "%2F" in a request reaches routing as "/" and "%252F" as "%2F".
// NOTE: a malformed escape such as "%E0%A4%A" never reaches this handler. The
// production server of Next 16.5 responds with a plain-text 500 instead of
// the API's error body.
export const GET = apiRoute<Params>(async ({ params, caller }) => {
  const resolution = await resolveModelForOrganization(caller, params.organizationId, params.model);
  if (resolution.status !== "routable") throw routingErrorOf(resolution);
  return NextResponse.json(toResolvedRouteApiView(resolution.match, resolution.integrationId));
});
