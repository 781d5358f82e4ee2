import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordIdOrNotFound } from "@/lib/organizations/record-id";

const INVITATION_NOT_FOUND_MESSAGE = "Invitation not found.";

/**
 * Revokes an invitation, so its link stops working at once. The invitation is
 * looked up by organization and id together. Revoking a revoked invitation
 * changes and records nothing. Revoking an accepted one is a CONFLICT, because
 * the person has joined and must be removed as a member instead.
 */
export async function revokeInvitation(caller: Caller, organizationId: string, invitationId: unknown): Promise<void> {
  const access = await authorizeOrganization(caller, organizationId, "members.manage");
  const id = recordIdOrNotFound(invitationId, INVITATION_NOT_FOUND_MESSAGE);
  const prisma = await getPrisma();

  const revoked = await prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id, organizationId: access.organizationId },
      select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new AppError("NOT_FOUND", INVITATION_NOT_FOUND_MESSAGE);
    if (invitation.revokedAt) return false;
    if (invitation.acceptedAt) {
      throw new AppError("CONFLICT", "This invitation has already been accepted. Remove the member instead.");
    }

    // The condition makes a concurrent acceptance and this revocation exclude each other.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      throw new AppError("CONFLICT", "This invitation was accepted or revoked at the same time. Reload the page.");
    }
    await recordAuditEvent(
      {
        organizationId: access.organizationId,
        actor: access.actor,
        action: "invitation.revoked",
        targetType: "invitation",
        targetId: invitation.id,
        outcome: "success",
        details: { email: invitation.email, role: invitation.role },
      },
      tx,
    );
    return true;
  });

  if (revoked) logger.info({ organizationId, invitationId: id }, "Revoked an invitation");
}
