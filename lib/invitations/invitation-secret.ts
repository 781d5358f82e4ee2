import "server-only";

import { randomBytes } from "node:crypto";

import { hashToken } from "@/lib/access/api-tokens";

/** How long an invitation link can be used. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

// 32 random bytes in base64url, without padding.
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Generates an invitation secret (256 bits) and its SHA-256 hash. Only the hash is stored. */
export function generateInvitationSecret(): { secret: string; tokenHash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, tokenHash: hashToken(secret) };
}

/** Checks that a value has the shape of an invitation secret, before any database lookup. */
export function isInvitationSecret(value: unknown): value is string {
  return typeof value === "string" && SECRET_PATTERN.test(value);
}

/** Returns the path of the page where an invitation is accepted. */
export function invitationPath(secret: string): string {
  return `/invitations/${secret}`;
}
