import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { encodeAuditCursor } from "@/lib/audit/audit-cursor";
import { parseAuditEventsQuery, type AuditEventsQuery, type RawQuery } from "@/lib/audit/audit-events-query";
import { getPrisma } from "@/lib/db/database";
import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";

/** One page of audit events, newest first, and the cursor of the next (older) page or null after the last. */
export type AuditEventPage = { events: AuditEvent[]; nextCursor: string | null };

/**
 * Lists one page of an organization's audit events, newest first (created_at,
 * then id, both descending). The caller needs "audit.read" in the organization
 * of the path; a non-member gets NOT_FOUND. The query is checked after
 * authorization, so an outsider learns nothing from validation errors.
 * Sign-in events belong to no organization and never appear here.
 */
export async function listAuditEvents(caller: Caller, organizationId: string, rawQuery: RawQuery): Promise<AuditEventPage> {
  const access = await authorizeOrganization(caller, organizationId, "audit.read");
  const query = parseAuditEventsQuery(rawQuery);

  const prisma = await getPrisma();
  // The extra row shows whether an older page exists, without a second query.
  const rows = await prisma.auditEvent.findMany({
    where: auditEventsWhere(access.organizationId, query),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });

  const events = rows.slice(0, query.limit);
  const last = events.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeAuditCursor({ createdAt: last.createdAt, id: last.id }) : null;
  return { events, nextCursor };
}

function auditEventsWhere(organizationId: string, query: AuditEventsQuery): Prisma.AuditEventWhereInput {
  const conditions: Prisma.AuditEventWhereInput[] = [{ organizationId }];

  if (query.cursor) {
    const { createdAt, id } = query.cursor;
    conditions.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  if (query.actions) conditions.push({ action: { in: query.actions } });
  if (query.actor) {
    // Prisma implements a case-insensitive equals with ILIKE, so the value's
    // wildcards must be escaped to keep the comparison exact.
    conditions.push({ actorLabel: { equals: escapeLikePattern(query.actor), mode: "insensitive" } });
  }
  if (query.outcome) conditions.push({ outcome: query.outcome });
  if (query.createdFrom) conditions.push({ createdAt: { gte: query.createdFrom } });
  if (query.createdBefore) conditions.push({ createdAt: { lt: query.createdBefore } });

  return { AND: conditions };
}

/** Escapes LIKE's wildcards (% and _) and its escape character, the backslash. */
function escapeLikePattern(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
