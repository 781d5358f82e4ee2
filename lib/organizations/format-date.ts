// Dates are written out by hand in UTC, not with Intl, because the server and
// the browser may format months differently ("Sep" or "Sept") and React would
// then report a hydration mismatch.

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Formats a date as "2025-01-10" (UTC). */
export function formatUtcDate(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Formats a moment as "2025-01-10 09:00 UTC". */
export function formatUtcDateTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${formatUtcDate(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
