import "server-only";

import { allowedAuditDetails, type AuditDetails } from "@/lib/audit/audit-details";
import { describeAuditEvent } from "@/lib/audit/describe-audit-event";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { isoUtc } from "@/lib/integrations/integration-view";

/** An audit event as the HTTP API returns it. `details` holds only the allow-listed facts. */
export type AuditEventApiView = {
  id: string;
  action: string;
  outcome: string;
  actor: { label: string; user_id: string | null };
  target: { type: string; id: string | null } | null;
  details: AuditDetails;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  /** One sentence for people, such as "admin@example.com switched on the OpenAI integration". */
  description: string;
};

export function toAuditEventApiView(event: AuditEvent): AuditEventApiView {
  return {
    id: event.id,
    action: event.action,
    outcome: event.outcome,
    actor: { label: event.actorLabel, user_id: event.actorUserId },
    target: event.targetType ? { type: event.targetType, id: event.targetId } : null,
    details: allowedAuditDetails(event.details),
    ip: event.ip,
    user_agent: event.userAgent,
    created_at: isoUtc(event.createdAt),
    description: describeAuditEvent(event),
  };
}
