import "server-only";

import { AppError } from "@/lib/errors";
import { formatUtcDate } from "@/lib/organizations/format-date";

export type InvitationStatus = "pending" | "expired" | "revoked" | "accepted";

type InvitationState = { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };

/** Returns an invitation's state. Acceptance and revocation take precedence over expiry. */
export function invitationStatus(invitation: InvitationState, now: Date = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** Explains in one plain sentence why an invitation can no longer be accepted, and what to do next. */
export function unusableInvitationMessage(
  status: Exclude<InvitationStatus, "pending">,
  organizationName: string,
  expiresAt: Date,
): string {
  switch (status) {
    case "expired":
      return `This invitation expired on ${formatUtcDate(expiresAt)}. Ask an admin of ${organizationName} for a new one.`;
    case "revoked":
      return `This invitation was revoked. Ask an admin of ${organizationName} for a new one.`;
    case "accepted":
      return "This invitation has already been used. Sign in to open the organization.";
  }
}

/** Builds the CONFLICT error for an invitation that is expired, revoked or used. */
export function unusableInvitationError(
  status: Exclude<InvitationStatus, "pending">,
  organizationName: string,
  expiresAt: Date,
): AppError {
  return new AppError("CONFLICT", unusableInvitationMessage(status, organizationName, expiresAt), {
    details: { invitation_status: status },
  });
}
