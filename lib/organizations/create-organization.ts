import "server-only";

import { auditActorOf, type Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { generateOrganizationId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { createOrganizationSchema } from "@/lib/organizations/organization-input";

export type CreatedOrganization = { id: string; name: string };

/**
 * Creates an organization with the signed-in user as its owner and its
 * Aitronos integration active, which every organization has because Aitronos
 * needs no credentials. The organization, the membership, the integration and
 * the audit event commit together or not at all.
 */
export async function createOrganization(caller: Caller, rawInput: unknown): Promise<CreatedOrganization> {
  if (caller.kind !== "user") {
    throw new AppError("FORBIDDEN", "An API token cannot create organizations. Sign in to create one.");
  }
  const input = createOrganizationSchema.parse(rawInput);
  const id = generateOrganizationId();
  const prisma = await getPrisma();

  await prisma.$transaction(async (tx) => {
    await tx.organization.create({
      data: {
        id,
        name: input.name,
        memberships: { create: { userId: caller.userId, role: "owner" } },
        integrations: { create: { providerName: "aitronos", isActive: true, validationStatus: "not_required" } },
      },
    });
    await recordAuditEvent(
      {
        organizationId: id,
        actor: auditActorOf(caller),
        action: "organization.created",
        targetType: "organization",
        targetId: id,
        outcome: "success",
        details: { name: input.name },
      },
      tx,
    );
  });

  logger.info({ organizationId: id, userId: caller.userId }, "Created an organization");
  return { id, name: input.name };
}
