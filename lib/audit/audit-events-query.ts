import "server-only";

import { z } from "zod";

import { actionsMatchingFilter, isAuditActionFilter } from "@/lib/audit/audit-action-filter";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { decodeAuditCursor, type AuditCursor } from "@/lib/audit/audit-cursor";
import { AppError } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 100;
// 254 characters is the usual maximum length of an email address, and token labels are shorter.
const MAX_ACTOR_LENGTH = 254;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A query string as a record. A parameter given more than once is an array. */
export type RawQuery = Record<string, string | string[] | undefined>;

/** The checked audit log query that listAuditEvents runs. */
export type AuditEventsQuery = {
  limit: number;
  /** The position the page starts after; null for the newest events. */
  cursor: AuditCursor | null;
  /** The actions to include; null for every action. */
  actions: AuditAction[] | null;
  /** An actor label, compared case-insensitively and in full. */
  actor: string | null;
  outcome: "success" | "failure" | null;
  /** Inclusive lower bound of created_at. */
  createdFrom: Date | null;
  /** Exclusive upper bound of created_at. */
  createdBefore: Date | null;
};

/** Reads URL search parameters into a record, keeping repeated parameters as arrays so they can be rejected. */
export function queryRecordFromSearchParams(searchParams: URLSearchParams): RawQuery {
  const record: RawQuery = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    record[name] = values.length === 1 ? values[0] : values;
  }
  return record;
}

/**
 * Drops parameters whose value is empty, so `?actor=&outcome=failure` means
 * the same as `?outcome=failure`. HTML forms submit every field, filled or not.
 */
export function withoutEmptyValues(raw: RawQuery): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => Boolean(item));
    if (values.length === 0) continue;
    result[name] = values.length === 1 ? values[0] : values;
  }
  return result;
}

const TIME_MESSAGE = "Must be a date (2025-01-10) or an ISO 8601 time with a time zone (2025-01-10T09:00:00Z).";
const LIMIT_MESSAGE = `Must be a whole number from 1 to ${MAX_AUDIT_PAGE_SIZE}.`;
const CURSOR_MESSAGE = "Invalid cursor. Pass the next_cursor value of the previous page unchanged, or leave it out.";
const ACTION_MESSAGE = "Must be an audit action, such as integration.activated, or a category, such as integration.*.";
const SINGLE_VALUE_MESSAGE = "Give this parameter once, as text.";

/** A time bound: a UTC date covers that whole day, a full time is one instant. */
type TimeBound = { start: Date; end: Date };

function parseTimeBound(value: string): TimeBound | null {
  if (z.iso.date().safeParse(value).success) {
    const start = new Date(`${value}T00:00:00.000Z`);
    // Rejects dates that do not exist, such as 2025-02-30, which Date would roll over.
    if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== value) return null;
    return { start, end: new Date(start.getTime() + DAY_MS) };
  }
  if (z.iso.datetime({ offset: true }).safeParse(value).success) {
    const start = new Date(value);
    if (Number.isNaN(start.getTime())) return null;
    // created_at has millisecond precision, so "up to this instant" ends 1 ms later.
    return { start, end: new Date(start.getTime() + 1) };
  }
  return null;
}

const timeBoundSchema = z.string({ error: SINGLE_VALUE_MESSAGE }).transform((value, context) => {
  const bound = parseTimeBound(value);
  if (bound) return bound;
  context.addIssue({ code: "custom", message: TIME_MESSAGE });
  return z.NEVER;
});

/**
 * The audit log's query parameters, shared by the API and the page. Unknown
 * parameters are errors. `from` and `to` are inclusive: a date covers its
 * whole UTC day, and a time covers that instant.
 */
export const auditEventsQuerySchema = z
  .strictObject({
    limit: z
      .string({ error: SINGLE_VALUE_MESSAGE })
      .regex(/^\d{1,3}$/, LIMIT_MESSAGE)
      .transform(Number)
      .refine((limit) => limit >= 1 && limit <= MAX_AUDIT_PAGE_SIZE, LIMIT_MESSAGE)
      .optional(),
    cursor: z
      .string({ error: SINGLE_VALUE_MESSAGE })
      .transform((text, context) => {
        const cursor = decodeAuditCursor(text);
        if (cursor) return cursor;
        context.addIssue({ code: "custom", message: CURSOR_MESSAGE });
        return z.NEVER;
      })
      .optional(),
    action: z.string({ error: SINGLE_VALUE_MESSAGE }).refine(isAuditActionFilter, ACTION_MESSAGE).optional(),
    actor: z
      .string({ error: SINGLE_VALUE_MESSAGE })
      .trim()
      .min(1, "Must not be blank.")
      .max(MAX_ACTOR_LENGTH, `Must be at most ${MAX_ACTOR_LENGTH} characters.`)
      .optional(),
    outcome: z.enum(["success", "failure"], { error: 'Must be "success" or "failure".' }).optional(),
    from: timeBoundSchema.optional(),
    to: timeBoundSchema.optional(),
  })
  .superRefine(
    (query, context) => {
      if (query.from && query.to && query.from.start.getTime() >= query.to.end.getTime()) {
        context.addIssue({ code: "custom", path: ["to"], message: "Must not be earlier than from." });
      }
    },
    // Zod skips object refinements once any field has failed. This check needs only from and to,
    // so it runs whenever those two are valid, and an invalid cursor cannot hide a reversed range.
    { when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== "from" && issue.path?.[0] !== "to") },
  );

/**
 * Checks a raw query and turns it into an AuditEventsQuery. Empty values count
 * as absent. Throws VALIDATION_FAILED with one message per invalid parameter.
 */
export function parseAuditEventsQuery(raw: RawQuery): AuditEventsQuery {
  const result = auditEventsQuerySchema.safeParse(withoutEmptyValues(raw));
  if (!result.success) {
    throw new AppError("VALIDATION_FAILED", "The query is invalid; see fields.", {
      fields: fieldErrorsFromZod(result.error),
    });
  }

  const query = result.data;
  return {
    limit: query.limit ?? DEFAULT_AUDIT_PAGE_SIZE,
    cursor: query.cursor ?? null,
    actions: query.action ? actionsMatchingFilter(query.action) : null,
    actor: query.actor ?? null,
    outcome: query.outcome ?? null,
    createdFrom: query.from?.start ?? null,
    createdBefore: query.to?.end ?? null,
  };
}
