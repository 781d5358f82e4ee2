import "server-only";

/** The position after which the next page of audit events starts: the last returned row's sort key. */
export type AuditCursor = { createdAt: Date; id: string };

const ISO_MILLISECONDS_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEPARATOR = "~";

/**
 * Encodes a cursor as base64url text. Clients treat it as opaque; the server
 * can change the format as long as old cursors decode or fail as malformed.
 * created_at is stored with millisecond precision, so the ISO text is exact.
 */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}${SEPARATOR}${cursor.id}`, "utf8").toString("base64url");
}

/** Decodes a cursor made by encodeAuditCursor, or returns null when the text is not one. */
export function decodeAuditCursor(text: string): AuditCursor | null {
  // Node's base64url decoder skips characters outside the alphabet, so a
  // round trip is the only way to tell that the whole text was a valid encoding.
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  if (Buffer.from(decoded, "utf8").toString("base64url") !== text) return null;

  const [createdAtText, id, ...rest] = decoded.split(SEPARATOR);
  if (rest.length > 0 || !createdAtText || !id) return null;
  if (!ISO_MILLISECONDS_PATTERN.test(createdAtText) || !UUID_PATTERN.test(id)) return null;

  const createdAt = new Date(createdAtText);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== createdAtText) return null;
  return { createdAt, id };
}
