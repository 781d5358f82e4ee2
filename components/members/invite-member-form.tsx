"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";

import { inviteMemberAction, type CreatedInvitationLink } from "@/app/organizations/[organizationId]/members/actions";
import { InvitationLinkNotice } from "@/components/members/invitation-link-notice";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { MAX_EMAIL_LENGTH } from "@/lib/invitations/invitation-input";
import { ROLE_LABELS } from "@/lib/members/member-input";

type InviteMemberFormProps = {
  organizationId: string;
  /** The roles this admin may invite with, which include "owner" only for owners. */
  roles: Role[];
};

/** Invites an email with a role, then shows the invitation link once. */
export function InviteMemberForm({ organizationId, roles }: InviteMemberFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<(CreatedInvitationLink & { url: string }) | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "") as Role };
    startTransition(async () => {
      const result = await inviteMemberAction(organizationId, input);
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        setCreated({ ...result.data, url: new URL(result.data.path, window.location.origin).toString() });
        formRef.current?.reset();
        router.refresh();
        return;
      }
      setFieldErrors(result.fields ?? {});
      setFormError(result.fields && Object.keys(result.fields).length > 0 ? null : result.message);
    });
  }

  return (
    <Card as="section" aria-labelledby="invite-member-title">
      <CardHeader
        title="Invite a member"
        titleId="invite-member-title"
        headingLevel={2}
        description="Creates a link that lets one person join with the role you choose. Links expire after 7 days."
      />
      <CardContent className="space-y-4">
        <form ref={formRef} onSubmit={handleSubmit} noValidate className="flex flex-wrap items-start gap-3">
          <TextField
            name="email"
            type="email"
            label="Email"
            autoComplete="off"
            required
            maxLength={MAX_EMAIL_LENGTH}
            error={fieldErrors.email}
            fieldClassName="min-w-[16rem] flex-1"
          />
          <SelectField
            name="role"
            label="Role"
            defaultValue="member"
            options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            error={fieldErrors.role}
            fieldClassName="w-40"
          />
          {/* Level with the inputs once it fits beside them; on its own line it needs no offset. */}
          <Button type="submit" variant="primary" loading={pending} className="md:mt-7">
            Create invitation
          </Button>
        </form>
        <FormAlert message={formError} />
        {created ? (
          <InvitationLinkNotice
            email={created.email}
            url={created.url}
            expiresAt={created.expiresAt}
            onDismiss={() => setCreated(null)}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}
