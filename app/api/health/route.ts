import { NextResponse } from "next/server";

import { checkHealth } from "@/lib/health/check-health";

/** For load balancers: 200 when this instance can serve, 503 otherwise, with no details for anonymous callers. */
export async function GET(): Promise<Response> {
  const { healthy } = await checkHealth();
  return NextResponse.json(
    { status: healthy ? "ok" : "unavailable" },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
