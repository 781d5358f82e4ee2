import { randomUUID } from "node:crypto";

import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { Database } from "@/lib/db/database";

/** The fields of a generated audit event that the tests filter and sort by. */
export type GeneratedEvent = {
  id: string;
  organizationId: string | null;
  actorLabel: string;
  action: string;
  outcome: "success" | "failure";
  createdAt: Date;
};

export const EVENTS_START = new Date("2025-03-01T00:00:00.000Z");
const THREE_HOURS_MS = 3 * 60 * 60 * 1000;
const ORGANIZATION_ACTIONS = AUDIT_ACTIONS.filter((action) => !action.startsWith("sign_in."));

// "a_b" and "axb" tell an exact comparison from a LIKE pattern, where "_" matches any character.
export const ACTOR_LABELS = ["Admin@Test.Example", "a_b@test.example", "axb@test.example", "API token sb_ab12cd3…"];

/**
 * Inserts `count` events into an organization: three share each created_at
 * (every 3 hours from 2025-03-01, so they span five UTC days), with random ids,
 * so the id tie-break is exercised. Returns them in insertion order.
 */
export async function insertOrganizationEvents(
  database: Database,
  organizationId: string,
  count: number,
): Promise<GeneratedEvent[]> {
  const events: GeneratedEvent[] = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    organizationId,
    actorLabel: ACTOR_LABELS[index % ACTOR_LABELS.length],
    action: ORGANIZATION_ACTIONS[index % ORGANIZATION_ACTIONS.length],
    outcome: index % 4 === 0 ? "failure" : "success",
    createdAt: new Date(EVENTS_START.getTime() + Math.floor(index / 3) * THREE_HOURS_MS),
  }));
  await database.prisma.auditEvent.createMany({
    data: events.map((event) => ({ ...event, details: { provider: "openai" } })),
  });
  return events;
}

/** Inserts sign-in events, which belong to no organization, with the same actors and times as organization events. */
export async function insertSignInEvents(database: Database, count: number): Promise<GeneratedEvent[]> {
  const events: GeneratedEvent[] = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    organizationId: null,
    actorLabel: ACTOR_LABELS[index % ACTOR_LABELS.length],
    action: index % 2 === 0 ? "sign_in.succeeded" : "sign_in.failed",
    outcome: index % 2 === 0 ? "success" : "failure",
    createdAt: new Date(EVENTS_START.getTime() + index * THREE_HOURS_MS),
  }));
  await database.prisma.auditEvent.createMany({ data: events });
  return events;
}

/** Sorts like the audit log: created_at descending, then id descending. */
export function newestFirst(events: GeneratedEvent[]): GeneratedEvent[] {
  return [...events].sort((left, right) => {
    const byTime = right.createdAt.getTime() - left.createdAt.getTime();
    if (byTime !== 0) return byTime;
    if (left.id === right.id) return 0;
    return left.id < right.id ? 1 : -1;
  });
}
