"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";

import { updateIntegrationFromForm } from "@/app/organizations/[organizationId]/integrations/actions";
import {
  CredentialFields,
  credentialInput,
  shownCredentialFields,
  type CredentialValues,
} from "@/components/integrations/credential-fields";
import { DeleteFromEditPage } from "@/components/integrations/delete-from-edit-page";
import { FormAlert } from "@/components/integrations/form-alert";
import {
  focusFirstInvalidField,
  formAlertMessage,
  isActiveConflict,
  needsFormAlert,
  type FormFailure,
} from "@/components/integrations/form-failure";
import { IntegrationStatus } from "@/components/integrations/integration-status";
import { checkingLabel, integrationName, makeActiveLabel } from "@/components/integrations/integration-names";
import { integrationsQueryKey } from "@/components/integrations/integration-query-keys";
import { savedToast } from "@/components/integrations/saved-toast";
import { ProviderLabel } from "@/components/providers/provider-label";
import { routingTableQueryKey } from "@/components/routing/routing-query-keys";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

export type EditIntegrationFormProps = {
  organizationId: string;
  /** The integration as the server last rendered it. */
  integration: IntegrationRowView;
  /** The provider's other active integration, which switching this one on replaces. */
  activeSibling: IntegrationRowView | null;
};

function credentialsOf(integration: IntegrationRowView): CredentialValues {
  return { apiKey: "", orgId: integration.providerOrgId ?? "", projectId: integration.providerProjectId ?? "" };
}

/** Returns whether two versions of a row agree in everything this form shows or sends. */
function sameEditableFields(a: IntegrationRowView, b: IntegrationRowView): boolean {
  return (
    a.providerOrgId === b.providerOrgId &&
    a.providerProjectId === b.providerProjectId &&
    a.isActive === b.isActive &&
    a.keyHint === b.keyHint &&
    a.hasKey === b.hasKey
  );
}

/**
 * The edit form. The provider is fixed; the key field starts empty and an
 * empty key keeps the stored one. The form sends the updated_at of the version
 * it was filled from, so a change made elsewhere in the meantime is a CONFLICT
 * that offers to reload instead of being overwritten.
 */
export function EditIntegrationForm({ organizationId, integration, activeSibling }: EditIntegrationFormProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(integration);
  const [credentials, setCredentials] = useState<CredentialValues>(() => credentialsOf(integration));
  const [isActive, setIsActive] = useState(integration.isActive);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isPending, startTransition] = useTransition();
  const [isReloading, startReload] = useTransition();
  const [reloadRequested, setReloadRequested] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  // Adjusts the form to a newer server render (React's "adjust state while rendering" pattern).
  if (reloadRequested && !isReloading) {
    setReloadRequested(false);
    setBase(integration);
    setCredentials(credentialsOf(integration));
    setIsActive(integration.isActive);
    setFailure(null);
  } else if (integration.updatedAt !== base.updatedAt && sameEditableFields(integration, base)) {
    // Only the validation status changed (a failed check records it), so the
    // form's values still describe this version and its updated_at can be sent.
    setBase(integration);
  }

  const provider = integration.providerName;
  const label = PROVIDER_LABELS[provider];
  const listPath = `/organizations/${organizationId}/integrations`;
  const shownFields = shownCredentialFields(provider);

  // Runs after the failed submission's render, so the field or alert to focus exists and is enabled.
  useEffect(() => {
    if (failure && !focusFirstInvalidField(failure.fields, shownCredentialFields(provider))) alertRef.current?.focus();
  }, [failure, provider]);

  const idsChanged =
    credentials.orgId.trim() !== (base.providerOrgId ?? "") || credentials.projectId.trim() !== (base.providerProjectId ?? "");
  const needsCheck =
    provider !== "aitronos" && isActive && (!base.isActive || credentials.apiKey.trim() !== "" || idsChanged);
  const replacesSibling = isActive && !base.isActive && activeSibling !== null;

  function submit(replaceActive: boolean) {
    startTransition(async () => {
      const result = await updateIntegrationFromForm(organizationId, integration.id, {
        ...credentialInput(provider, credentials),
        is_active: isActive,
        replace_active: replaceActive,
        updated_at: base.updatedAt,
      });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      queryClient.removeQueries({ queryKey: integrationsQueryKey(organizationId) });
      void queryClient.invalidateQueries({ queryKey: routingTableQueryKey(organizationId) });
      toast(savedToast(`Saved the ${integrationName(result.data)}`, result.data, replaceActive ? activeSibling : null));
      router.push(listPath);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    submit(replacesSibling);
  }

  function reload() {
    setReloadRequested(true);
    startReload(() => router.refresh());
  }

  let activeDescription = `It serves ${label} requests. A new key or id is checked with ${label} before it is saved.`;
  if (!base.isActive) activeDescription = `It serves no requests. Switching it on checks the key with ${label} first.`;
  if (provider === "aitronos") activeDescription = base.isActive ? "It serves Aitronos requests." : "It serves no requests.";
  if (replacesSibling && activeSibling) {
    activeDescription = `Saving switches off the ${integrationName(activeSibling)}: only one ${label} integration can be active.`;
  } else if (base.isActive && !isActive) {
    activeDescription = `Saving switches it off: ${label} models stop routing until another ${label} integration is active.`;
  }

  const pendingLabel = needsCheck ? checkingLabel(integration) : "Saving…";
  const staleConflict = failure?.code === "CONFLICT" && !isActiveConflict(failure);

  let alertAction: ReactNode = null;
  if (failure && isActiveConflict(failure)) {
    alertAction = (
      <Button type="button" size="sm" onClick={() => submit(true)} loading={isPending}>
        {makeActiveLabel(integration)}
      </Button>
    );
  } else if (staleConflict) {
    alertAction = (
      <Button type="button" size="sm" onClick={reload} loading={isReloading}>
        Reload
      </Button>
    );
  }

  return (
    <div className="space-y-6">
      <Card>
        <form noValidate onSubmit={onSubmit} aria-busy={isPending || isReloading || undefined}>
          <CardContent className="space-y-5 pt-4 sm:pt-5">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <p className="text-sm font-medium text-zinc-500 dark:text-zinc-400">Provider</p>
                <p className="mt-1 font-medium text-zinc-900 dark:text-zinc-100">
                  <ProviderLabel provider={provider} />
                </p>
              </div>
              <div className="max-w-[60%]">
                <IntegrationStatus integration={integration} activityLabel={null} />
              </div>
            </div>
            {integration.validationStatus === "undecryptable" ? (
              <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
                The stored key can no longer be decrypted, because the server&apos;s master key changed. Enter the key
                again.
              </p>
            ) : null}
            <CredentialFields
              provider={provider}
              values={credentials}
              onChange={setCredentials}
              errors={failure?.fields ?? {}}
              storedKeyHint={integration.hasKey ? integration.keyHint : null}
            />
            <Switch label="Active" description={activeDescription} checked={isActive} onCheckedChange={setIsActive} />
            {failure && needsFormAlert(failure, shownFields) ? (
              <FormAlert ref={alertRef} message={formAlertMessage(failure, shownFields)} actions={alertAction} />
            ) : null}
            <p role="status" className="sr-only">
              {isPending ? pendingLabel : ""}
            </p>
          </CardContent>
          <CardFooter>
            <Link href={listPath} className={buttonClasses("secondary")}>
              Cancel
            </Link>
            <Button type="submit" variant="primary" loading={isPending} disabled={isReloading}>
              {isPending && needsCheck ? pendingLabel : "Save changes"}
            </Button>
          </CardFooter>
        </form>
      </Card>
      <DeleteFromEditPage organizationId={organizationId} integration={integration} disabled={isPending} />
    </div>
  );
}
