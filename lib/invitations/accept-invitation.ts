import "server-only";

import { auditActorOf, type Caller } from "@/lib/access/caller";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import type { RequestOrigin } from "@/lib/auth/request-context";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  claimInvitation,
  INVITATION_LINK_NOT_VALID_MESSAGE,
  requirePendingInvitation,
} from "@/lib/invitations/claim-invitation";
import { findInvitationBySecret } from "@/lib/invitations/find-invitation";
import { newAccountSchema } from "@/lib/invitations/invitation-input";
import { invitationStatus } from "@/lib/invitations/invitation-status";
import { logger } from "@/lib/logger";
import { normalizeEmail } from "@/lib/users/email";

export type AcceptedInvitation = {
  organizationId: string;
  email: string;
  role: Role;
  /** False when the user was a member already and kept the role they had. */
  joined: boolean;
};

/**
 * Creates the invited person's account (name and password) and their
 * membership, and marks the invitation used, in one transaction. An email
 * that already has an account is a CONFLICT, because that user must sign in
 * and accept with acceptInvitationAsUser.
 */
export async function acceptInvitationWithNewAccount(
  secret: unknown,
  rawInput: unknown,
  origin: RequestOrigin,
): Promise<AcceptedInvitation> {
  const invitation = await findInvitationBySecret(secret);
  if (!invitation) throw new AppError("NOT_FOUND", INVITATION_LINK_NOT_VALID_MESSAGE);
  requirePendingInvitation(invitation, new Date());
  const input = newAccountSchema.parse(rawInput);

  const prisma = await getPrisma();
  const accountExists = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (accountExists) {
    throw new AppError("CONFLICT", `An account for ${invitation.email} already exists. Sign in with it to accept.`);
  }

  // argon2id takes a noticeable moment, so the hash is computed before the transaction holds any lock.
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const user = await prisma.$transaction(async (tx) => {
    await claimInvitation(tx, invitation, now);
    const created = await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash },
      select: { id: true, email: true },
    });
    const membership = await tx.membership.create({
      data: { organizationId: invitation.organizationId, userId: created.id, role: invitation.role },
      select: { id: true },
    });
    const actor: AuditActor = { userId: created.id, label: created.email, ip: origin.ip, userAgent: origin.userAgent };
    await recordJoined(tx, {
      organizationId: invitation.organizationId,
      actor,
      membershipId: membership.id,
      details: { invitation_id: invitation.id, role: invitation.role, new_account: true, already_member: false },
    });
    return created;
  });

  logger.info({ organizationId: invitation.organizationId, userId: user.id }, "A new user accepted an invitation");
  return { organizationId: invitation.organizationId, email: user.email, role: invitation.role, joined: true };
}

/**
 * Adds the signed-in user to the invitation's organization and marks the
 * invitation used. The user's email must be the invited one. Accepting an
 * invitation this user already accepted returns the existing membership, so a
 * repeated click creates one membership. A user who is a member already keeps
 * their role, because an invitation must not demote anyone.
 */
export async function acceptInvitationAsUser(caller: Caller, secret: unknown): Promise<AcceptedInvitation> {
  if (caller.kind !== "user") throw new AppError("FORBIDDEN", "Sign in as a person to accept an invitation.");
  const invitation = await findInvitationBySecret(secret);
  if (!invitation) throw new AppError("NOT_FOUND", INVITATION_LINK_NOT_VALID_MESSAGE);
  if (normalizeEmail(caller.email) !== invitation.email) {
    throw new AppError(
      "FORBIDDEN",
      `This invitation is for ${invitation.email}, but you are signed in as ${caller.email}. Sign out, then open the link again.`,
    );
  }

  const prisma = await getPrisma();
  const membershipKey = { organizationId_userId: { organizationId: invitation.organizationId, userId: caller.userId } };
  const now = new Date();
  if (invitationStatus(invitation, now) === "accepted") {
    const membership = await prisma.membership.findUnique({ where: membershipKey, select: { role: true } });
    if (membership) {
      return { organizationId: invitation.organizationId, email: invitation.email, role: membership.role, joined: false };
    }
  }
  requirePendingInvitation(invitation, now);

  const result = await prisma.$transaction(async (tx) => {
    await claimInvitation(tx, invitation, now);
    const existing = await tx.membership.findUnique({ where: membershipKey, select: { id: true, role: true } });
    const membership =
      existing ??
      (await tx.membership.create({
        data: { organizationId: invitation.organizationId, userId: caller.userId, role: invitation.role },
        select: { id: true, role: true },
      }));
    await recordJoined(tx, {
      organizationId: invitation.organizationId,
      actor: auditActorOf(caller),
      membershipId: membership.id,
      details: { invitation_id: invitation.id, role: membership.role, new_account: false, already_member: existing !== null },
    });
    return { role: membership.role, joined: existing === null };
  });

  logger.info(
    { organizationId: invitation.organizationId, userId: caller.userId, joined: result.joined },
    "A user accepted an invitation",
  );
  return { organizationId: invitation.organizationId, email: invitation.email, ...result };
}

/** Records "member.joined". `already_member` marks an invitation used by someone who had joined another way. */
function recordJoined(
  tx: Prisma.TransactionClient,
  event: {
    organizationId: string;
    actor: AuditActor;
    membershipId: string;
    details: { invitation_id: string; role: Role; new_account: boolean; already_member: boolean };
  },
): Promise<void> {
  return recordAuditEvent(
    {
      organizationId: event.organizationId,
      actor: event.actor,
      action: "member.joined",
      targetType: "membership",
      targetId: event.membershipId,
      outcome: "success",
      details: event.details,
    },
    tx,
  );
}
