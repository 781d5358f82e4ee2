import "server-only";

import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationWithOrganization } from "@/lib/invitations/find-invitation";
import { invitationStatus, unusableInvitationError } from "@/lib/invitations/invitation-status";

export const INVITATION_LINK_NOT_VALID_MESSAGE =
  "This invitation link is not valid. Check that you copied the whole link, or ask for a new one.";

/** Throws CONFLICT, with a message naming the reason, unless the invitation can still be accepted. */
export function requirePendingInvitation(invitation: InvitationWithOrganization, now: Date): void {
  const status = invitationStatus(invitation, now);
  if (status !== "pending") throw unusableInvitationError(status, invitation.organization.name, invitation.expiresAt);
}

/**
 * Marks the invitation accepted inside the caller's transaction. The update's
 * condition repeats every check, so of two concurrent acceptances, or of an
 * acceptance and a revocation, exactly one wins. The other waits for the row
 * lock, then matches no row and gets the reason as a CONFLICT.
 */
export async function claimInvitation(
  tx: Prisma.TransactionClient,
  invitation: InvitationWithOrganization,
  now: Date,
): Promise<void> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count === 1) return;

  const current = await tx.invitation.findUnique({
    where: { id: invitation.id },
    select: { expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  const status = current ? invitationStatus(current, now) : "revoked";
  if (status === "pending") throw new AppError("CONFLICT", "The invitation changed while it was accepted. Try again.");
  throw unusableInvitationError(status, invitation.organization.name, invitation.expiresAt);
}
