import { NextResponse } from "next/server";

// Rendered on every request, never prerendered at build time, because a cached
// body would still be served by a process that can no longer run a handler.
export const dynamic = "force-dynamic";

/**
 * Returns 200 as long as this process serves requests: the liveness probe. It
 * reads no database and no secret, so an unreachable database restarts
 * nothing (GET /api/health is the readiness check). The benchmark uses it as
 * the cost of a bare request.
 */
export function GET(): Response {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
