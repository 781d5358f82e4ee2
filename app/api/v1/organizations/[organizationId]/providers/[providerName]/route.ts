import { NextResponse } from "next/server";

import { updatePlatformProvider } from "@/lib/compat/platform-providers";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

type Params = { organizationId: string; providerName: string };

/** The Aitronos platform's provider update, answered with the platform's success body. */
export const PATCH = apiRoute<Params>(async ({ request, params, caller }) => {
  await updatePlatformProvider(caller, params.organizationId, params.providerName, await readJsonBody(request));
  return NextResponse.json({ success: true, message: `Provider ${params.providerName} updated` });
});
