"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { acceptInvitationAction } from "@/app/invitations/[secret]/actions";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";

type JoinOrganizationButtonProps = { secret: string; organizationName: string };

/** Accepts an invitation as the signed-in user, then opens the organization. */
export function JoinOrganizationButton({ secret, organizationName }: JoinOrganizationButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function join() {
    setError(null);
    startTransition(async () => {
      const result = await acceptInvitationAction(secret);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      router.push(`/organizations/${result.data.organizationId}/integrations`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" variant="primary" loading={pending} onClick={join} className="w-full">
        Join {organizationName}
      </Button>
      <FormAlert message={error} />
    </div>
  );
}
