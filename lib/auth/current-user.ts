import "server-only";

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";

import { authOptions } from "@/lib/auth/auth-options";
import { getPrisma } from "@/lib/db/database";

export type SessionUser = { id: string; email: string; name: string };

/**
 * The signed-in user of this request, or null. The user is read again from
 * the database, so a deleted account's still-valid session token signs nobody in.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const prisma = await getPrisma();
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

/** The signed-in user, or a redirect to /login (for pages). */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
