import "server-only";

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";

import { authOptions } from "@/lib/auth/auth-options";
import { getDatabase } from "@/lib/db/database";

export type SessionUser = { id: string; email: string; name: string };

// Plain SQL rather than Prisma: every page and server action runs this, and
// Prisma 6 compiles each query on every call (docs/benchmarks.md).
const USER_BY_ID_SQL = "SELECT id, email, name FROM users WHERE id = $1";

/**
 * The signed-in user of this request, or null. The user is read again from
 * the database, so a deleted account's still-valid session token signs nobody in.
 * Within one server render (a layout and its page) the user is read once:
 * React's cache() keeps it for the request and discards it afterwards.
 */
export const currentUser = cache(async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const database = await getDatabase();
  const [user] = await database.sql.query<SessionUser>(USER_BY_ID_SQL, [userId]);
  return user ?? null;
});

/** The signed-in user, or a redirect to /login (for pages). */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
