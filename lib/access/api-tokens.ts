import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { Caller } from "@/lib/access/caller";
import { getDatabase } from "@/lib/db/database";
import type { Role } from "@/lib/generated/prisma/enums";

/** Every token starts with this, so leaked tokens are easy to recognise and scan for. */
export const TOKEN_PREFIX = "sb_";
// How many characters of a token are kept readable, to tell tokens apart in lists.
const DISPLAY_PREFIX_LENGTH = 10;
// last_used_at is rewritten at most this often, so a busy token does not write on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new random token (256 bits) with its hash and display prefix; the token itself is shown once and never stored. */
export function generateToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}

type TokenRow = {
  id: string;
  prefix: string;
  organization_id: string;
  organization_name: string;
  role: Role;
  revoked_at: Date | null;
  last_used_at: Date | null;
};

// Plain SQL rather than Prisma because every API request runs this lookup, and
// Prisma 6's per-query compilation costs several times the query itself
// (docs/benchmarks.md has the profile). The organization's name comes along,
// so authorizeOrganization needs no query of its own for a token.
const TOKEN_BY_HASH_SQL = `
  SELECT t.id, t.prefix, t.organization_id, o.name AS organization_name, t.role, t.revoked_at, t.last_used_at
  FROM api_tokens t JOIN organizations o ON o.id = t.organization_id
  WHERE t.token_hash = $1`;

// Keyed by the Caller object that callerFromToken returns, so an entry is
// garbage-collected together with its request's caller.
const organizationNames = new WeakMap<Caller, string>();

/**
 * Returns the name of the token's organization as read with the token, or
 * undefined for a caller that callerFromToken did not create. A token row
 * references its organization and is deleted with it, so a name here also
 * means the organization existed when the token was read.
 */
export function tokenOrganizationName(caller: Caller): string | undefined {
  return organizationNames.get(caller);
}

/** The caller a bearer token stands for, or null when it is unknown or revoked. */
export async function callerFromToken(
  token: string,
  origin: { ip: string | null; userAgent: string | null },
): Promise<Caller | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const database = await getDatabase();
  const [row] = await database.sql.query<TokenRow>(TOKEN_BY_HASH_SQL, [hashToken(token)]);
  if (!row || row.revoked_at) return null;

  const now = Date.now();
  if (!row.last_used_at || now - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await database.prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const caller: Caller = {
    kind: "token",
    tokenId: row.id,
    prefix: row.prefix,
    organizationId: row.organization_id,
    role: row.role,
    ip: origin.ip,
    userAgent: origin.userAgent,
  };
  organizationNames.set(caller, row.organization_name);
  return caller;
}
