import "server-only";

import { randomBytes, randomUUID } from "node:crypto";

import { hashPassword } from "@/lib/auth/password";
import { masterKeys } from "@/lib/crypto/master-keys";
import { keyHint } from "@/lib/crypto/key-hint";
import { encryptProviderKey } from "@/lib/crypto/provider-key-cipher";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateOrganizationId } from "@/lib/ids";
import type { ProviderName } from "@/lib/providers/types";
import { makeDemoKey } from "@/lib/seed/demo-keys";
import seedFixture from "@/lib/seed/seed-integrations.json";

export const DEMO_ORGANIZATION_ID = seedFixture.organization.id;

export const DEMO_USERS = [
  { email: "admin@example.com", name: "Demo Admin", organization: "acme", role: "owner" },
  { email: "member@example.com", name: "Demo Member", organization: "acme", role: "member" },
  { email: "admin@globex.example", name: "Globex Admin", organization: "globex", role: "owner" },
] as const;

export type SeedResult =
  | { seeded: true; password: string; passwordWasGenerated: boolean; globexOrganizationId: string }
  | { seeded: false; reason: "already_seeded" | "database_not_empty" };

/**
 * Seeds the demo organizations, users and integrations in one transaction.
 * It never runs twice (the demo organization's fixed id is the marker), and it
 * leaves a database that already holds other data alone unless `evenIfNotEmpty`.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  options: { password?: string; evenIfNotEmpty?: boolean } = {},
): Promise<SeedResult> {
  if (await prisma.organization.findUnique({ where: { id: DEMO_ORGANIZATION_ID }, select: { id: true } })) {
    return { seeded: false, reason: "already_seeded" };
  }
  if (!options.evenIfNotEmpty && ((await prisma.organization.count()) > 0 || (await prisma.user.count()) > 0)) {
    return { seeded: false, reason: "database_not_empty" };
  }

  const passwordWasGenerated = !options.password;
  const password = options.password || randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  const ring = masterKeys();
  const globexOrganizationId = generateOrganizationId();

  await prisma.$transaction(async (tx) => {
    await tx.organization.create({ data: { id: DEMO_ORGANIZATION_ID, name: seedFixture.organization.name } });
    await tx.organization.create({ data: { id: globexOrganizationId, name: "Globex" } });

    for (const record of seedFixture.integrations) {
      const id = randomUUID();
      const providerName = record.provider_name as ProviderName;
      const plaintext = providerName === "aitronos" ? null : makeDemoKey(providerName);
      const sealed = plaintext
        ? encryptProviderKey(plaintext, { organizationId: record.organization_id, providerName, integrationId: id }, ring)
        : null;
      await tx.providerIntegration.create({
        data: {
          id,
          organizationId: record.organization_id,
          providerName,
          providerOrgId: record.provider_org_id,
          providerProjectId: record.provider_project_id,
          keyCiphertext: sealed?.ciphertext.toString("base64") ?? null,
          keyNonce: sealed?.nonce.toString("base64") ?? null,
          keyId: sealed?.keyId ?? null,
          keyHint: plaintext ? keyHint(plaintext) : null,
          isActive: record.is_active,
          validationStatus: providerName === "aitronos" ? "not_required" : "never_checked",
          createdAt: new Date(record.created_at),
          updatedAt: new Date(record.updated_at),
        },
      });
    }

    await tx.providerIntegration.create({
      data: { organizationId: globexOrganizationId, providerName: "aitronos", isActive: true, validationStatus: "not_required" },
    });

    for (const demoUser of DEMO_USERS) {
      await tx.user.create({
        data: {
          email: demoUser.email,
          name: demoUser.name,
          passwordHash,
          memberships: {
            create: {
              organizationId: demoUser.organization === "acme" ? DEMO_ORGANIZATION_ID : globexOrganizationId,
              role: demoUser.role,
            },
          },
        },
      });
    }
  });

  return { seeded: true, password, passwordWasGenerated, globexOrganizationId };
}
