import "server-only";

import { describeAuditEvent } from "@/lib/audit/describe-audit-event";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { isoUtc } from "@/lib/integrations/integration-view";

/** An audit event as the audit page renders it: the sentence, never the raw details. */
export type AuditEventRowView = {
  id: string;
  /** ISO 8601 UTC, for the time element's machine-readable value. */
  createdAt: string;
  /** The same instant as people read it, such as "2025-01-10 09:00:00 UTC". */
  createdAtLabel: string;
  actorLabel: string;
  description: string;
  succeeded: boolean;
};

export function toAuditEventRowView(event: AuditEvent): AuditEventRowView {
  const createdAt = isoUtc(event.createdAt);
  return {
    id: event.id,
    createdAt,
    createdAtLabel: `${event.createdAt.toISOString().slice(0, 19).replace("T", " ")} UTC`,
    actorLabel: event.actorLabel,
    description: describeAuditEvent(event),
    succeeded: event.outcome === "success",
  };
}
