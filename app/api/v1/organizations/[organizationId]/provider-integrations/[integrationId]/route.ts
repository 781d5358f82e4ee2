import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { deleteIntegration } from "@/lib/integrations/delete-integration";
import { findReadableIntegration } from "@/lib/integrations/get-integration";
import { toIntegrationApiView } from "@/lib/integrations/integration-view";
import { updateIntegration } from "@/lib/integrations/update-integration";

type Params = { organizationId: string; integrationId: string };

export const GET = apiRoute<Params>(async ({ params, caller }) => {
  const row = await findReadableIntegration(caller, params.organizationId, params.integrationId);
  return NextResponse.json(toIntegrationApiView(row));
});

export const PATCH = apiRoute<Params>(async ({ request, params, caller }) => {
  const body = await readJsonBody(request);
  const row = await updateIntegration(caller, params.organizationId, params.integrationId, body, {
    ifUnmodifiedSince: request.headers.get("if-unmodified-since"),
  });
  return NextResponse.json(toIntegrationApiView(row));
});

export const DELETE = apiRoute<Params>(async ({ params, caller }) => {
  await deleteIntegration(caller, params.organizationId, params.integrationId);
  return new NextResponse(null, { status: 204 });
});
