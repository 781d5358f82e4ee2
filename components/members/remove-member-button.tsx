"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { removeMemberAction } from "@/app/organizations/[organizationId]/members/actions";
import type { MemberRowData } from "@/components/members/member-row-data";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type RemoveMemberButtonProps = { organizationId: string; organizationName: string; member: MemberRowData };

export function RemoveMemberButton({ organizationId, organizationName, member }: RemoveMemberButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await removeMemberAction(organizationId, member.membershipId);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      if (member.isCurrentUser) {
        router.push("/organizations");
      }
      router.refresh();
    });
  }

  return (
    <ConfirmDialog
      title={member.isCurrentUser ? `Leave ${organizationName}?` : `Remove ${member.name}?`}
      description={
        member.isCurrentUser
          ? `You lose access to ${organizationName} at once. An admin can invite you again.`
          : `${member.email} loses access to ${organizationName} at once. Their account stays, and an admin can invite them again.`
      }
      confirmLabel={member.isCurrentUser ? "Leave organization" : "Remove member"}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      onConfirm={remove}
      pending={pending}
      trigger={
        <Button type="button" variant="ghost" size="sm" aria-label={`Remove ${member.name}`}>
          {member.isCurrentUser ? "Leave" : "Remove"}
        </Button>
      }
    >
      <FormAlert message={error} />
    </ConfirmDialog>
  );
}
