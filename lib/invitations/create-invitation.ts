import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { inviteMemberSchema } from "@/lib/invitations/invitation-input";
import { generateInvitationSecret, INVITATION_LIFETIME_MS } from "@/lib/invitations/invitation-secret";
import { INVITATION_VIEW_FIELDS, toInvitationView, type InvitationView } from "@/lib/invitations/invitation-view";
import { logger } from "@/lib/logger";
import { requireOwnersPermission } from "@/lib/members/owner-rules";

export type CreatedInvitation = {
  invitation: InvitationView;
  /** The link's secret. This return value is its only copy, because the database keeps only its SHA-256 hash. */
  secret: string;
};

/**
 * Invites an email address to the organization with a role. Only owners may
 * invite owners. An email that already belongs to a member, or that has a
 * pending invitation, is a CONFLICT naming the email field.
 */
export async function createInvitation(caller: Caller, organizationId: string, rawInput: unknown): Promise<CreatedInvitation> {
  const access = await authorizeOrganization(caller, organizationId, "members.manage");
  const input = inviteMemberSchema.parse(rawInput);
  if (input.role === "owner") requireOwnersPermission(access, "Only owners can invite owners.");

  const prisma = await getPrisma();
  const now = new Date();
  const existingMember = await prisma.membership.findFirst({
    where: { organizationId: access.organizationId, user: { email: input.email } },
    select: { id: true },
  });
  if (existingMember) {
    throw new AppError("CONFLICT", "This person is already a member.", {
      fields: { email: "This email belongs to a member of this organization already." },
    });
  }
  const pending = await prisma.invitation.findFirst({
    where: { organizationId: access.organizationId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (pending) {
    throw new AppError("CONFLICT", "This email has a pending invitation.", {
      fields: { email: "This email has a pending invitation. Revoke it to send a new link." },
    });
  }

  const { secret, tokenHash } = generateInvitationSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    const row = await tx.invitation.create({
      data: {
        organizationId: access.organizationId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedByUserId: caller.kind === "user" ? caller.userId : null,
        expiresAt,
      },
      select: INVITATION_VIEW_FIELDS,
    });
    await recordAuditEvent(
      {
        organizationId: access.organizationId,
        actor: access.actor,
        action: "member.invited",
        targetType: "invitation",
        targetId: row.id,
        outcome: "success",
        details: { email: input.email, role: input.role, expires_at: expiresAt.toISOString() },
      },
      tx,
    );
    return row;
  });

  logger.info({ organizationId, invitationId: invitation.id, role: input.role }, "Created an invitation");
  return { invitation: toInvitationView(invitation, now), secret };
}
