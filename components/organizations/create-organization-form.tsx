"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";

import { createOrganizationAction } from "@/app/organizations/new/actions";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/lib/errors";
import { ORGANIZATION_NAME_MAX_LENGTH } from "@/lib/organizations/organization-input";

/** Renders the form of /organizations/new, which opens the new organization's integrations on success. */
export function CreateOrganizationForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    startTransition(async () => {
      const result = await createOrganizationAction({ name });
      if (result.ok) {
        router.push(`/organizations/${result.data.id}/integrations`);
        router.refresh();
        return;
      }
      setFieldErrors(result.fields ?? {});
      setFormError(result.fields?.name ? null : result.message);
    });
  }

  return (
    <Card as="section" aria-label="New organization">
      <form onSubmit={handleSubmit} noValidate>
        <CardContent className="space-y-4 pt-5">
          <TextField
            name="name"
            label="Organization name"
            description="Shown to every member, for example your company or team name."
            required
            maxLength={ORGANIZATION_NAME_MAX_LENGTH}
            autoComplete="organization"
            error={fieldErrors.name}
          />
          <FormAlert message={formError} />
        </CardContent>
        <CardFooter>
          <Button type="submit" variant="primary" loading={pending}>
            Create organization
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
