"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";

import { createApiTokenAction, type CreatedTokenSecret } from "@/app/organizations/[organizationId]/tokens/actions";
import { FormAlert } from "@/components/organizations/form-alert";
import { NewTokenNotice } from "@/components/tokens/new-token-notice";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { API_TOKEN_NAME_MAX_LENGTH, API_TOKEN_ROLES, type CreateApiTokenInput } from "@/lib/api-tokens/api-token-input";
import type { FieldErrors } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/members/member-input";

const ROLE_OPTIONS = API_TOKEN_ROLES.map((role) => ({
  value: role,
  label: role === "admin" ? `${ROLE_LABELS.admin}: may change integrations` : `${ROLE_LABELS.member}: read only`,
}));

/** Creates an API token, then shows it once. */
export function CreateTokenForm({ organizationId }: { organizationId: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedTokenSecret | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? "") as CreateApiTokenInput["role"],
    };
    startTransition(async () => {
      const result = await createApiTokenAction(organizationId, input);
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        setCreated(result.data);
        formRef.current?.reset();
        router.refresh();
        return;
      }
      setFieldErrors(result.fields ?? {});
      setFormError(result.fields && Object.keys(result.fields).length > 0 ? null : result.message);
    });
  }

  return (
    <Card as="section" aria-labelledby="create-token-title">
      <CardHeader
        title="Create an API token"
        titleId="create-token-title"
        headingLevel={2}
        description="A token lets a script or service call the Switchboard API for this organization with the role you choose."
      />
      <CardContent className="space-y-4">
        <form ref={formRef} onSubmit={handleSubmit} noValidate className="flex flex-wrap items-start gap-3">
          <TextField
            name="name"
            label="Name"
            description="Say what uses it, such as “deploy pipeline”."
            required
            maxLength={API_TOKEN_NAME_MAX_LENGTH}
            autoComplete="off"
            error={fieldErrors.name}
            fieldClassName="min-w-[16rem] flex-1"
          />
          <SelectField
            name="role"
            label="Role"
            defaultValue="member"
            options={ROLE_OPTIONS}
            error={fieldErrors.role}
            fieldClassName="w-64"
          />
          {/* Level with the inputs once it fits beside them; on its own line it needs no offset. */}
          <Button type="submit" variant="primary" loading={pending} className="lg:mt-7">
            Create token
          </Button>
        </form>
        <FormAlert message={formError} />
        {created ? <NewTokenNotice name={created.name} token={created.token} onDismiss={() => setCreated(null)} /> : null}
      </CardContent>
    </Card>
  );
}
