import { randomUUID } from "node:crypto";

import { generateToken } from "@/lib/access/api-tokens";
import type { Caller } from "@/lib/access/caller";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/database";
import type { Role } from "@/lib/generated/prisma/enums";
import { generateOrganizationId } from "@/lib/ids";

let cachedHash: Promise<string> | undefined;

export const TEST_PASSWORD = "correct horse battery staple";

/** Creates an organization with an owner, an admin and a member, each a Caller for tests. */
export async function createOrganizationWithUsers(database: Database, name = "Test Org") {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await cachedHash;
  const organizationId = generateOrganizationId();
  await database.prisma.organization.create({ data: { id: organizationId, name } });

  const callers = {} as Record<Role, Caller & { kind: "user" }>;
  for (const role of ["owner", "admin", "member"] as const) {
    const email = `${role}-${randomUUID().slice(0, 8)}@test.example`;
    const user = await database.prisma.user.create({
      data: { email, name: `${role} user`, passwordHash, memberships: { create: { organizationId, role } } },
    });
    callers[role] = { kind: "user", userId: user.id, email, ip: "127.0.0.1", userAgent: "vitest" };
  }
  return { organizationId, ...callers };
}

/** Creates an API token of the organization and returns the token text. */
export async function createApiToken(database: Database, organizationId: string, role: "admin" | "member") {
  const { token, tokenHash, prefix } = generateToken();
  await database.prisma.apiToken.create({ data: { organizationId, name: `${role} token`, role, tokenHash, prefix } });
  return token;
}
