/** Emails are compared case-insensitively: they are trimmed and lower-cased before storing and lookup. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
