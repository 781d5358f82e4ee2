import "server-only";

import { AppError } from "@/lib/errors";

// Row ids are UUIDs of 36 characters, so a much longer value cannot be one.
const MAX_RECORD_ID_LENGTH = 64;

/**
 * Returns the id a server action or route received for a row, or throws
 * NOT_FOUND with `message` when it is not a plausible id. Server actions
 * receive whatever the browser sends, so the type is checked at run time.
 */
export function recordIdOrNotFound(value: unknown, message: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_RECORD_ID_LENGTH) {
    throw new AppError("NOT_FOUND", message);
  }
  return value;
}
