"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";

import { acceptWithNewAccountAction } from "@/app/invitations/[secret]/actions";
import { FormAlert } from "@/components/organizations/form-alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/lib/errors";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, USER_NAME_MAX_LENGTH } from "@/lib/invitations/invitation-input";

type NewAccountFormProps = { secret: string; email: string; organizationName: string };

/**
 * Creates the invited person's account and joins the organization, then signs
 * in with the new password, so the person lands in the organization.
 */
export function NewAccountForm({ secret, email, organizationName }: NewAccountFormProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
      passwordConfirmation: String(form.get("passwordConfirmation") ?? ""),
    };
    startTransition(async () => {
      const result = await acceptWithNewAccountAction(secret, input);
      if (!result.ok) {
        setFieldErrors(result.fields ?? {});
        setFormError(result.fields && Object.keys(result.fields).length > 0 ? null : result.message);
        return;
      }
      const destination = `/organizations/${result.data.organizationId}/integrations`;
      const signedIn = await signIn("credentials", { email, password: input.password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        setSignInFailed(true);
        return;
      }
      router.push(destination);
      router.refresh();
    });
  }

  if (signInFailed) {
    return (
      <p role="status" className="text-sm">
        Your account was created and you joined {organizationName}, but signing in failed.{" "}
        <Link href="/login" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Sign in
        </Link>{" "}
        with {email} to continue.
      </p>
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <TextField label="Email" value={email} readOnly autoComplete="username" />
      <TextField
        name="name"
        label="Your name"
        required
        maxLength={USER_NAME_MAX_LENGTH}
        autoComplete="name"
        error={fieldErrors.name}
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        autoComplete="new-password"
        error={fieldErrors.password}
      />
      <TextField
        name="passwordConfirmation"
        type="password"
        label="Repeat password"
        required
        maxLength={MAX_PASSWORD_LENGTH}
        autoComplete="new-password"
        error={fieldErrors.passwordConfirmation}
      />
      <FormAlert message={formError} />
      <Button type="submit" variant="primary" loading={pending} className="w-full">
        Create account and join
      </Button>
    </form>
  );
}
