"use server";

import { createInvitation } from "@/lib/invitations/create-invitation";
import type { InviteMemberInput } from "@/lib/invitations/invitation-input";
import { invitationPath } from "@/lib/invitations/invitation-secret";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { changeMemberRole } from "@/lib/members/change-member-role";
import type { ChangeMemberRoleInput } from "@/lib/members/member-input";
import { removeMember } from "@/lib/members/remove-member";

/** The only response that carries the invitation link, which the page shows once. */
export type CreatedInvitationLink = { email: string; path: string; expiresAt: string };

export async function inviteMemberAction(
  organizationId: string,
  input: InviteMemberInput,
): Promise<ActionResult<CreatedInvitationLink>> {
  return runAction("members.invite", async (caller) => {
    const { invitation, secret } = await createInvitation(caller, organizationId, input);
    return { email: invitation.email, path: invitationPath(secret), expiresAt: invitation.expiresAt.toISOString() };
  });
}

export async function revokeInvitationAction(organizationId: string, invitationId: string): Promise<ActionResult<null>> {
  return runAction("invitations.revoke", async (caller) => {
    await revokeInvitation(caller, organizationId, invitationId);
    return null;
  });
}

export async function changeMemberRoleAction(
  organizationId: string,
  membershipId: string,
  input: ChangeMemberRoleInput,
): Promise<ActionResult<null>> {
  return runAction("members.change_role", async (caller) => {
    await changeMemberRole(caller, organizationId, membershipId, input);
    return null;
  });
}

export async function removeMemberAction(organizationId: string, membershipId: string): Promise<ActionResult<null>> {
  return runAction("members.remove", async (caller) => {
    await removeMember(caller, organizationId, membershipId);
    return null;
  });
}
