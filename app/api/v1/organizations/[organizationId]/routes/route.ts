import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { toRoutingTableApiRow } from "@/lib/routing/route-api-view";
import { routingTableForOrganization } from "@/lib/routing/routing-table-for-organization";

type Params = { organizationId: string };

export const GET = apiRoute<Params>(async ({ params, caller }) => {
  const rows = await routingTableForOrganization(caller, params.organizationId);
  return NextResponse.json({ data: rows.map(toRoutingTableApiRow) });
});
