import "server-only";

import type { Role } from "@/lib/generated/prisma/enums";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/invitation-status";

/** An invitation as the members page lists it, without the secret or its hash. */
export type InvitationView = {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  createdAt: Date;
  expiresAt: Date;
};

type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export const INVITATION_VIEW_FIELDS = {
  id: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
} as const;

export function toInvitationView(invitation: InvitationRow, now: Date = new Date()): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}
