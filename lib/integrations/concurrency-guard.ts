import { AppError } from "@/lib/errors";
import { isoUtc } from "@/lib/integrations/integration-view";

/**
 * Refuses a write based on a stale read. `updatedAt` (from the body) must be
 * the row's exact updated_at; `ifUnmodifiedSince` (the HTTP header, whole
 * seconds) must not be older than the row's last change.
 */
export function assertNotModifiedSince(
  rowUpdatedAt: Date,
  guards: { updatedAt?: string; ifUnmodifiedSince?: string | null },
): void {
  const stale = new AppError(
    "CONFLICT",
    `The integration changed since you read it (updated at ${isoUtc(rowUpdatedAt)}). Reload it and try again.`,
    { details: { updated_at: isoUtc(rowUpdatedAt) } },
  );
  if (guards.updatedAt !== undefined && new Date(guards.updatedAt).getTime() !== rowUpdatedAt.getTime()) {
    throw stale;
  }
  if (guards.ifUnmodifiedSince) {
    const since = Date.parse(guards.ifUnmodifiedSince);
    if (Number.isNaN(since)) {
      throw new AppError("VALIDATION_FAILED", "The If-Unmodified-Since header is not an HTTP date.", {
        fields: { "If-Unmodified-Since": "Use an HTTP date such as Wed, 15 Jan 2025 14:30:00 GMT." },
      });
    }
    if (Math.floor(rowUpdatedAt.getTime() / 1000) * 1000 > since) throw stale;
  }
}
