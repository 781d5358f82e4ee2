import "server-only";

import { getPrisma } from "@/lib/db/database";

// Failures counted within this window; older ones are forgotten.
const WINDOW_MS = 15 * 60 * 1000;
// Failures allowed before any delay applies.
const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 5 * 60 * 1000;

/** The throttle keys of one sign-in attempt: its account and its client address. */
export function throttleSubjects(email: string, ip: string | null): string[] {
  return ip ? [`email:${email}`, `ip:${ip}`] : [`email:${email}`];
}

/**
 * Milliseconds the caller must still wait before another attempt, 0 when none.
 * After FREE_ATTEMPTS failures in the window, each further failure doubles
 * the delay counted from the latest failure, up to MAX_DELAY_MS. Counts live
 * in the database, so every app instance throttles the same attempts.
 */
export async function signInDelayMs(subjects: string[], now = new Date()): Promise<number> {
  const prisma = await getPrisma();
  const since = new Date(now.getTime() - WINDOW_MS);
  let longest = 0;
  for (const subject of subjects) {
    const failures = await prisma.signInFailure.count({ where: { subject, createdAt: { gte: since } } });
    if (failures < FREE_ATTEMPTS) continue;
    const latest = await prisma.signInFailure.findFirst({
      where: { subject },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
    const remaining = (latest?.createdAt.getTime() ?? 0) + delay - now.getTime();
    longest = Math.max(longest, remaining);
  }
  return Math.max(0, Math.ceil(longest));
}

export async function recordSignInFailure(subjects: string[]): Promise<void> {
  const prisma = await getPrisma();
  await prisma.signInFailure.createMany({ data: subjects.map((subject) => ({ subject })) });
}

/** Forgets an account's failures after a successful sign-in; the address keeps its count. */
export async function clearSignInFailures(email: string): Promise<void> {
  const prisma = await getPrisma();
  await prisma.signInFailure.deleteMany({ where: { subject: `email:${email}` } });
}
