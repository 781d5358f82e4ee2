import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { Caller } from "@/lib/access/caller";
import { getPrisma } from "@/lib/db/database";

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

/** The caller a bearer token stands for, or null when it is unknown or revoked. */
export async function callerFromToken(
  token: string,
  origin: { ip: string | null; userAgent: string | null },
): Promise<Caller | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const prisma = await getPrisma();
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, prefix: true, organizationId: true, role: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;

  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    kind: "token",
    tokenId: row.id,
    prefix: row.prefix,
    organizationId: row.organizationId,
    role: row.role,
    ip: origin.ip,
    userAgent: origin.userAgent,
  };
}
