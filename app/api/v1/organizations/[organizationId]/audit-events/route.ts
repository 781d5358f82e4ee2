import { NextResponse } from "next/server";

import { toAuditEventApiView } from "@/lib/audit/audit-event-view";
import { queryRecordFromSearchParams } from "@/lib/audit/audit-events-query";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { apiRoute } from "@/lib/http/api-route";

type Params = { organizationId: string };

export const GET = apiRoute<Params>(async ({ request, params, caller }) => {
  const query = queryRecordFromSearchParams(request.nextUrl.searchParams);
  const page = await listAuditEvents(caller, params.organizationId, query);
  return NextResponse.json({ data: page.events.map(toAuditEventApiView), next_cursor: page.nextCursor });
});
