"use client";

import { revokeApiTokenAction } from "@/app/organizations/[organizationId]/tokens/actions";
import { ConfirmedActionButton } from "@/components/organizations/confirmed-action-button";

type RevokeTokenButtonProps = { organizationId: string; tokenId: string; name: string };

export function RevokeTokenButton({ organizationId, tokenId, name }: RevokeTokenButtonProps) {
  return (
    <ConfirmedActionButton
      run={() => revokeApiTokenAction(organizationId, tokenId)}
      title={`Revoke the token “${name}”?`}
      description="Every request with this token fails from now on. This cannot be undone."
      confirmLabel="Revoke token"
      triggerLabel="Revoke"
      triggerAriaLabel={`Revoke the token ${name}`}
    />
  );
}
