import "server-only";

import { getServerSession } from "next-auth";
import type { NextRequest, NextResponse } from "next/server";

import { callerFromToken } from "@/lib/access/api-tokens";
import type { Caller } from "@/lib/access/caller";
import { authOptions } from "@/lib/auth/auth-options";
import { requestOrigin } from "@/lib/auth/request-context";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { NO_STORE_HEADERS, responseForError } from "@/lib/http/error-response";
import { isSameOrigin } from "@/lib/http/same-origin";

type RouteContext<Params> = { params: Promise<Params> };

export type ApiHandler<Params> = (input: {
  request: NextRequest;
  params: Params;
  caller: Caller;
}) => Promise<NextResponse | Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The caller of an API request: a bearer token, or the browser session cookie.
 * Cookie-authenticated writes must come from this site's own pages (Origin
 * check), so another site cannot drive a signed-in admin's browser.
 */
async function resolveCaller(request: NextRequest): Promise<Caller> {
  const origin = requestOrigin(request.headers);
  const authorization = request.headers.get("authorization");

  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const caller = match ? await callerFromToken(match[1], origin) : null;
    if (!caller) throw new AppError("AUTHENTICATION_REQUIRED", "The API token is invalid or revoked.");
    return caller;
  }

  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) {
    throw new AppError("AUTHENTICATION_REQUIRED", "Sign in, or send an API token as 'Authorization: Bearer <token>'.");
  }
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) {
    throw new AppError("FORBIDDEN", "Cross-origin requests with the session cookie are not allowed; use an API token.");
  }
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("AUTHENTICATION_REQUIRED", "Your session is no longer valid; sign in again.");
  return { kind: "user", userId: user.id, email: user.email, ip: origin.ip, userAgent: origin.userAgent };
}

/**
 * Wraps an API route handler: authenticates the caller, runs the handler, maps
 * every error to the API's error body and marks every response uncacheable.
 * Authorization for the organization happens inside the service functions.
 */
export function apiRoute<Params = Record<string, never>>(handler: ApiHandler<Params>) {
  return async (request: NextRequest, context: RouteContext<Params>): Promise<Response> => {
    try {
      const caller = await resolveCaller(request);
      const response = await handler({ request, params: await context.params, caller });
      response.headers.set("Cache-Control", NO_STORE_HEADERS["Cache-Control"]);
      return response;
    } catch (error) {
      return responseForError(error, { method: request.method, path: request.nextUrl.pathname });
    }
  };
}
