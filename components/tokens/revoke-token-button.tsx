"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { revokeApiTokenAction } from "@/app/organizations/[organizationId]/tokens/actions";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type RevokeTokenButtonProps = { organizationId: string; tokenId: string; name: string };

export function RevokeTokenButton({ organizationId, tokenId, name }: RevokeTokenButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function revoke() {
    setError(null);
    startTransition(async () => {
      const result = await revokeApiTokenAction(organizationId, tokenId);
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
      title={`Revoke the token “${name}”?`}
      description="Every request with this token fails from now on. This cannot be undone."
      confirmLabel="Revoke token"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      onConfirm={revoke}
      pending={pending}
      trigger={
        <Button type="button" variant="ghost" size="sm" aria-label={`Revoke the token ${name}`}>
          Revoke
        </Button>
      }
    >
      <FormAlert message={error} />
    </ConfirmDialog>
  );
}
