import "server-only";

import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";

const WINDOW_MS = 60_000;

/** Credential checks allowed per organization per minute (VALIDATION_RATE_LIMIT_PER_MINUTE, default 20). */
export function validationRateLimitPerMinute(): number {
  const configured = Number(process.env.VALIDATION_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : 20;
}

/**
 * Counts one credential check against the organization's limit, or throws
 * RATE_LIMITED with the seconds until the oldest counted check leaves the
 * window. Counted in the database, so every app instance shares the limit and
 * Switchboard cannot be used to test stolen keys at speed.
 */
export async function takeValidationSlot(organizationId: string, now = new Date()): Promise<void> {
  const prisma = await getPrisma();
  const since = new Date(now.getTime() - WINDOW_MS);
  const limit = validationRateLimitPerMinute();
  const recent = await prisma.validationAttempt.findMany({
    where: { organizationId, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
    take: limit,
  });
  if (recent.length >= limit) {
    const retryAfterMs = recent[0].createdAt.getTime() + WINDOW_MS - now.getTime();
    throw new AppError(
      "RATE_LIMITED",
      `Too many credential checks for this organization: at most ${limit} a minute. Try again shortly.`,
      { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) },
    );
  }
  await prisma.validationAttempt.create({ data: { organizationId, createdAt: now } });
}
