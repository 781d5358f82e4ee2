"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { revokeInvitationAction } from "@/app/organizations/[organizationId]/members/actions";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type RevokeInvitationButtonProps = { organizationId: string; invitationId: string; email: string };

export function RevokeInvitationButton({ organizationId, invitationId, email }: RevokeInvitationButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function revoke() {
    setError(null);
    startTransition(async () => {
      const result = await revokeInvitationAction(organizationId, invitationId);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <ConfirmDialog
      title={`Revoke the invitation for ${email}?`}
      description="The link stops working at once. You can invite the same email again afterwards."
      confirmLabel="Revoke invitation"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      onConfirm={revoke}
      pending={pending}
      trigger={
        <Button type="button" variant="ghost" size="sm" aria-label={`Revoke the invitation for ${email}`}>
          Revoke
        </Button>
      }
    >
      <FormAlert message={error} />
    </ConfirmDialog>
  );
}
