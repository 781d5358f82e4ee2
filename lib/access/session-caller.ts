import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import type { Caller } from "@/lib/access/caller";
import { currentUser } from "@/lib/auth/current-user";
import { requestOrigin } from "@/lib/auth/request-context";

/** The signed-in user as a Caller, or null. For server actions, which return an error result instead of redirecting. */
export async function sessionCaller(): Promise<Caller | null> {
  const user = await currentUser();
  if (!user) return null;
  const origin = requestOrigin(await headers());
  return { kind: "user", userId: user.id, email: user.email, ip: origin.ip, userAgent: origin.userAgent };
}

/** The signed-in user as a Caller; pages without a session redirect to /login. */
export async function requireSessionCaller(): Promise<Caller & { kind: "user" }> {
  const caller = await sessionCaller();
  if (!caller || caller.kind !== "user") redirect("/login");
  return caller;
}
