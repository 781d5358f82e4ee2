"use server";

import { acceptInvitationAsUser, acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation";
import type { NewAccountInput } from "@/lib/invitations/invitation-input";
import { runPublicAction } from "@/lib/invitations/run-public-action";
import { runAction, type ActionResult } from "@/lib/http/action-result";

export type JoinedOrganization = { organizationId: string };

/** Accepts the invitation as the signed-in user. */
export async function acceptInvitationAction(secret: string): Promise<ActionResult<JoinedOrganization>> {
  return runAction("invitations.accept", async (caller) => {
    const accepted = await acceptInvitationAsUser(caller, secret);
    return { organizationId: accepted.organizationId };
  });
}

/** Creates the invited person's account and accepts the invitation. The browser signs in afterwards. */
export async function acceptWithNewAccountAction(
  secret: string,
  input: NewAccountInput,
): Promise<ActionResult<JoinedOrganization>> {
  return runPublicAction("invitations.accept_with_new_account", async (origin) => {
    const accepted = await acceptInvitationWithNewAccount(secret, input, origin);
    return { organizationId: accepted.organizationId };
  });
}
