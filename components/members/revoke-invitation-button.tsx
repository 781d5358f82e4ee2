"use client";

import { revokeInvitationAction } from "@/app/organizations/[organizationId]/members/actions";
import { ConfirmedActionButton } from "@/components/organizations/confirmed-action-button";

type RevokeInvitationButtonProps = { organizationId: string; invitationId: string; email: string };

export function RevokeInvitationButton({ organizationId, invitationId, email }: RevokeInvitationButtonProps) {
  return (
    <ConfirmedActionButton
      run={() => revokeInvitationAction(organizationId, invitationId)}
      title={`Revoke the invitation for ${email}?`}
      description="The link stops working at once. You can invite the same email again afterwards."
      confirmLabel="Revoke invitation"
      triggerLabel="Revoke"
      triggerAriaLabel={`Revoke the invitation for ${email}`}
    />
  );
}
