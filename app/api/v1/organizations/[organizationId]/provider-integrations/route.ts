import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { createIntegration } from "@/lib/integrations/create-integration";
import { toIntegrationApiView } from "@/lib/integrations/integration-view";
import { listIntegrations, listIntegrationsQuerySchema } from "@/lib/integrations/list-integrations";

type Params = { organizationId: string };

export const GET = apiRoute<Params>(async ({ request, params, caller }) => {
  const filters = listIntegrationsQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const rows = await listIntegrations(caller, params.organizationId, filters);
  return NextResponse.json({ data: rows.map(toIntegrationApiView) });
});

export const POST = apiRoute<Params>(async ({ request, params, caller }) => {
  const body = await readJsonBody(request);
  const { integration, created } = await createIntegration(
    caller,
    params.organizationId,
    body,
    request.headers.get("idempotency-key"),
  );
  // A repeated Idempotency-Key returns the row the first request created, with 200.
  return NextResponse.json(toIntegrationApiView(integration), { status: created ? 201 : 200 });
});
