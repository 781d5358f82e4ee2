import { expect } from "vitest";

import type { Database } from "@/lib/db/database";
import { AppError, type ErrorCode } from "@/lib/errors";

export const TEST_ORIGIN = { ip: "127.0.0.1", userAgent: "vitest" };

/** Awaits a promise that must reject with an AppError of `code`, and returns that error. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, `expected an AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Returns every row of every table in the public schema as JSON text, to search for leaked secrets. */
export async function everyRowAsText(database: Database): Promise<string[]> {
  const tables = await database.sql.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const rows: string[] = [];
  for (const { table_name: table } of tables) {
    const result = await database.sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table}" t`);
    rows.push(...result.map((entry) => entry.row));
  }
  return rows;
}

/** Reads the rows of one organization that the member, invitation and token services may change. */
export async function organizationState(database: Database, organizationId: string) {
  const where = { organizationId };
  const [memberships, invitations, apiTokens, auditEvents] = await Promise.all([
    database.prisma.membership.findMany({ where, orderBy: { id: "asc" } }),
    database.prisma.invitation.findMany({ where, orderBy: { id: "asc" } }),
    database.prisma.apiToken.findMany({ where, orderBy: { id: "asc" } }),
    database.prisma.auditEvent.count({ where }),
  ]);
  return { memberships, invitations, apiTokens, auditEvents };
}

/** Returns an organization's audit events of one action, oldest first. */
export function auditEventsOf(database: Database, organizationId: string, action: string) {
  return database.prisma.auditEvent.findMany({ where: { organizationId, action }, orderBy: { createdAt: "asc" } });
}
