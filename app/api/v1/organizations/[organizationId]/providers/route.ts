import { NextResponse } from "next/server";

import { listPlatformProviders, platformProvidersQuerySchema } from "@/lib/compat/platform-providers";
import { apiRoute } from "@/lib/http/api-route";

type Params = { organizationId: string };

/** The Aitronos platform's providers list: a bare JSON array, as the platform answers it. */
export const GET = apiRoute<Params>(async ({ request, params, caller }) => {
  const query = platformProvidersQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json(await listPlatformProviders(caller, params.organizationId, query.active_only ?? false));
});
