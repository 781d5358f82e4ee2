import "server-only";

import { getPrisma } from "@/lib/db/database";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger, describeError } from "@/lib/logger";

/** Who did something, as the audit trail records it. */
export type AuditActor = {
  userId: string | null;
  /** An email, "API token sb_…" or "anonymous". */
  label: string;
  ip: string | null;
  userAgent: string | null;
};

export type AuditEventInput = {
  organizationId: string | null;
  actor: AuditActor;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: "success" | "failure";
  /** Non-secret facts only: ids, provider names, status and error codes, key hints. */
  details?: Record<string, string | number | boolean | null>;
};

const MAX_USER_AGENT_LENGTH = 512;

/**
 * Appends one event to the audit trail. Pass `client` to write inside a
 * transaction, so the event and the change it records commit together.
 */
export async function recordAuditEvent(input: AuditEventInput, client?: Prisma.TransactionClient): Promise<void> {
  const prisma = client ?? (await getPrisma());
  await prisma.auditEvent.create({
    data: {
      organizationId: input.organizationId,
      actorUserId: input.actor.userId,
      actorLabel: input.actor.label,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      outcome: input.outcome,
      details: input.details ?? {},
      ip: input.actor.ip,
      userAgent: input.actor.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
    },
  });
}

/** Like recordAuditEvent, for events that must not fail the request that caused them; a failure is logged. */
export async function recordAuditEventSafely(input: AuditEventInput): Promise<void> {
  try {
    await recordAuditEvent(input);
  } catch (error) {
    logger.error({ err: describeError(error), action: input.action }, "Failed to record an audit event");
  }
}
