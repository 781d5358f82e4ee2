import "server-only";

import { hashToken } from "@/lib/access/api-tokens";
import type { Caller } from "@/lib/access/caller";
import { getPrisma } from "@/lib/db/database";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isInvitationSecret } from "@/lib/invitations/invitation-secret";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/invitation-status";

const INVITATION_WITH_ORGANIZATION = {
  id: true,
  organizationId: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  organization: { select: { name: true } },
} as const;

export type InvitationWithOrganization = Prisma.InvitationGetPayload<{ select: typeof INVITATION_WITH_ORGANIZATION }>;

/** Finds the invitation of a link's secret by the secret's hash, or returns null. */
export async function findInvitationBySecret(
  secret: unknown,
  client?: Prisma.TransactionClient,
): Promise<InvitationWithOrganization | null> {
  if (!isInvitationSecret(secret)) return null;
  const prisma = client ?? (await getPrisma());
  return prisma.invitation.findUnique({ where: { tokenHash: hashToken(secret) }, select: INVITATION_WITH_ORGANIZATION });
}

/** The facts the invitation page shows to anyone who has the link. */
export type InvitationPreview = {
  organizationId: string;
  organizationName: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: Date;
  /** Whether a user with the invited email exists, who must sign in rather than create an account. */
  accountExists: boolean;
  /** Whether the signed-in viewer (if any) is a member of the organization already. */
  viewerIsMember: boolean;
};

/**
 * Describes the invitation behind a link, or returns null for a secret that
 * matches none. The secret itself is the credential here, so no session is
 * needed.
 */
export async function previewInvitation(secret: unknown, viewer: Caller | null): Promise<InvitationPreview | null> {
  const invitation = await findInvitationBySecret(secret);
  if (!invitation) return null;
  const prisma = await getPrisma();

  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  const viewerMembership =
    viewer?.kind === "user"
      ? await prisma.membership.findUnique({
          where: { organizationId_userId: { organizationId: invitation.organizationId, userId: viewer.userId } },
          select: { id: true },
        })
      : null;

  return {
    organizationId: invitation.organizationId,
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt,
    accountExists: account !== null,
    viewerIsMember: viewerMembership !== null,
  };
}
