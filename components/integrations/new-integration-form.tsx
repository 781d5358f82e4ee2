"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";

import { createIntegrationFromForm } from "@/app/organizations/[organizationId]/integrations/actions";
import {
  CredentialFields,
  credentialInput,
  shownCredentialFields,
  type CredentialValues,
} from "@/components/integrations/credential-fields";
import { FormAlert } from "@/components/integrations/form-alert";
import {
  focusFirstInvalidField,
  formAlertMessage,
  isActiveConflict,
  needsFormAlert,
  type FormFailure,
} from "@/components/integrations/form-failure";
import { checkingLabel, integrationName, makeActiveLabel } from "@/components/integrations/integration-names";
import { integrationsQueryKey } from "@/components/integrations/integration-query-keys";
import { savedToast } from "@/components/integrations/saved-toast";
import { newSubmissionId } from "@/components/integrations/submission-id";
import { routingTableQueryKey } from "@/components/routing/routing-query-keys";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";
import { PROVIDER_FIELD_RULES, PROVIDER_LABELS } from "@/lib/providers/provider-fields";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";

export type NewIntegrationFormProps = {
  organizationId: string;
  /** The provider chosen by the page's ?provider= query, if it names one. */
  initialProvider: ProviderName | null;
  /** The organization's active integrations, so the form can name the one an active new one would replace. */
  activeIntegrations: IntegrationRowView[];
};

const PROVIDER_OPTIONS = PROVIDER_NAMES.map((name) => ({ value: name, label: PROVIDER_LABELS[name] }));
const EMPTY_CREDENTIALS: CredentialValues = { apiKey: "", orgId: "", projectId: "" };

function shownFieldsFor(provider: ProviderName | null): string[] {
  return provider ? ["provider_name", ...shownCredentialFields(provider)] : ["provider_name"];
}

/**
 * The add form. Its inputs are controlled, so they keep their values after a
 * failed submission (React 19 resets uncontrolled forms after an action). One
 * submission id per mounted form makes a repeated submit create one row.
 */
export function NewIntegrationForm({ organizationId, initialProvider, activeIntegrations }: NewIntegrationFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [submissionId] = useState(newSubmissionId);
  const [provider, setProvider] = useState<ProviderName | null>(initialProvider);
  const [credentials, setCredentials] = useState<CredentialValues>(EMPTY_CREDENTIALS);
  const [isActive, setIsActive] = useState(true);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isPending, startTransition] = useTransition();
  const alertRef = useRef<HTMLDivElement>(null);

  const activeNow = provider ? (activeIntegrations.find((row) => row.providerName === provider) ?? null) : null;
  const needsCheck = provider !== null && isActive && PROVIDER_FIELD_RULES[provider].apiKey;
  const shownFields = shownFieldsFor(provider);
  const fieldErrors = failure?.fields ?? {};

  // Runs after the failed submission's render, so the field or alert to focus exists and is current.
  useEffect(() => {
    if (failure && !focusFirstInvalidField(failure.fields, shownFieldsFor(provider))) alertRef.current?.focus();
  }, [failure, provider]);

  function submit(replaceActive: boolean) {
    if (!provider) {
      setFailure({ ok: false, code: "VALIDATION_FAILED", message: "Choose a provider.", fields: { provider_name: "Choose a provider." } });
      return;
    }
    const chosenProvider = provider;
    startTransition(async () => {
      const result = await createIntegrationFromForm(organizationId, submissionId, {
        provider_name: chosenProvider,
        ...credentialInput(chosenProvider, credentials),
        is_active: isActive,
        replace_active: replaceActive,
      });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      // The list page renders the new row itself; a cached list from before would hide it for a moment.
      queryClient.removeQueries({ queryKey: integrationsQueryKey(organizationId) });
      void queryClient.invalidateQueries({ queryKey: routingTableQueryKey(organizationId) });
      toast(savedToast(`Added the ${integrationName(result.data)}`, result.data, replaceActive ? activeNow : null));
      router.push(`/organizations/${organizationId}/integrations`);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    // An active integration replaces the provider's active one, as the note under the switch states.
    submit(isActive && activeNow !== null);
  }

  const label = provider ? PROVIDER_LABELS[provider] : null;
  const pendingLabel = provider && needsCheck ? checkingLabel({ providerName: provider }) : "Adding the integration…";
  let activeDescription = "Active integrations serve requests. It is checked with the provider first.";
  if (provider === "aitronos") activeDescription = "Active integrations serve requests.";
  if (activeNow && isActive) {
    activeDescription = `Adding it active switches off the ${integrationName(activeNow)}: only one ${label} integration can be active. Switch this off to add it as a spare.`;
  } else if (activeNow) {
    activeDescription = `It is added switched off. The ${integrationName(activeNow)} stays active.`;
  }

  return (
    <Card>
      <form noValidate onSubmit={onSubmit} aria-busy={isPending || undefined}>
        <CardContent className="space-y-5 pt-4 sm:pt-5">
          <SelectField
            id="provider_name"
            label="Provider"
            required
            options={PROVIDER_OPTIONS}
            placeholder={provider ? undefined : "Choose a provider"}
            value={provider ?? ""}
            onChange={(event) => {
              setProvider((event.target.value || null) as ProviderName | null);
              setFailure(null);
            }}
            error={fieldErrors.provider_name}
          />
          {provider ? (
            <>
              <CredentialFields
                provider={provider}
                values={credentials}
                onChange={setCredentials}
                errors={fieldErrors}
                  />
              <Switch
                label="Active"
                description={activeDescription}
                checked={isActive}
                onCheckedChange={setIsActive}
                  />
            </>
          ) : null}
          {failure && needsFormAlert(failure, shownFields) ? (
            <FormAlert
              ref={alertRef}
              message={formAlertMessage(failure, shownFields)}
              actions={
                isActiveConflict(failure) && provider ? (
                  <Button type="button" size="sm" onClick={() => submit(true)} loading={isPending}>
                    {makeActiveLabel({ providerName: provider })}
                  </Button>
                ) : null
              }
            />
          ) : null}
          <p role="status" className="sr-only">
            {isPending ? pendingLabel : ""}
          </p>
        </CardContent>
        <CardFooter>
          <Link href={`/organizations/${organizationId}/integrations`} className={buttonClasses("secondary")}>
            Cancel
          </Link>
          <Button type="submit" variant="primary" loading={isPending}>
            {isPending && needsCheck ? pendingLabel : "Add integration"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
