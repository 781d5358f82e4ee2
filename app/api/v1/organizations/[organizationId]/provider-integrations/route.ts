import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { toIntegrationApiView } from "@/lib/integrations/integration-view";
import { listIntegrations, listIntegrationsQuerySchema } from "@/lib/integrations/list-integrations";

type Params = { organizationId: string };

export const GET = apiRoute<Params>(async ({ request, params, caller }) => {
  const filters = listIntegrationsQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const rows = await listIntegrations(caller, params.organizationId, filters);
  return NextResponse.json({ data: rows.map(toIntegrationApiView) });
});
