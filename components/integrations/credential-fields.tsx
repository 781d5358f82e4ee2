"use client";

import type { ReactNode } from "react";

import { TextField } from "@/components/ui/text-field";
import { PROVIDER_FIELD_RULES, PROVIDER_LABELS } from "@/lib/providers/provider-fields";
import type { ProviderName } from "@/lib/providers/types";

/** The credential inputs of the add and edit forms, as typed. */
export type CredentialValues = { apiKey: string; orgId: string; projectId: string };

/** Returns the names of the inputs shown for a provider, which are also the server's field error keys. */
export function shownCredentialFields(provider: ProviderName): string[] {
  const rules = PROVIDER_FIELD_RULES[provider];
  return [
    ...(rules.apiKey ? ["provider_api_key"] : []),
    ...(rules.orgId ? ["provider_org_id"] : []),
    ...(rules.projectId ? ["provider_project_id"] : []),
  ];
}

export type CredentialFieldsProps = {
  provider: ProviderName;
  values: CredentialValues;
  onChange: (values: CredentialValues) => void;
  /** Field errors by server field name, such as { provider_api_key: "OpenAI rejected this key: invalid API key" }. */
  errors: Record<string, string>;
  /** On the edit form: the stored key's hint. The key field then starts empty and may stay empty. */
  storedKeyHint?: string | null;
  disabled?: boolean;
};

const API_KEY_PLACEHOLDERS: Partial<Record<ProviderName, string>> = { openai: "sk-…", anthropic: "sk-ant-…" };

const ORG_ID_DESCRIPTIONS: Partial<Record<ProviderName, string>> = {
  openai: "Optional. Sent as the OpenAI-Organization header, for keys that belong to several organizations.",
  anthropic: "Optional. Compared with the organization Anthropic reports for the key.",
};

/**
 * The fields a provider takes, and only those (PROVIDER_FIELD_RULES): the API
 * key, the provider's organization id and OpenAI's project id. Each input has
 * the id of its server field name, so a form can focus the first invalid one.
 */
export function CredentialFields({ provider, values, onChange, errors, storedKeyHint, disabled }: CredentialFieldsProps) {
  const rules = PROVIDER_FIELD_RULES[provider];
  const label = PROVIDER_LABELS[provider];

  if (!rules.apiKey && !rules.orgId && !rules.projectId) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">{label} needs no credentials.</p>;
  }

  let keyDescription: ReactNode = "Stored encrypted. It is never shown again after you save.";
  if (storedKeyHint) {
    keyDescription = (
      <>
        Stored key: <span className="font-mono">{storedKeyHint}</span>. Leave empty to keep the stored key.
      </>
    );
  } else if (storedKeyHint === null) {
    keyDescription = "No key is stored yet. It is stored encrypted and never shown again.";
  }

  return (
    <>
      {rules.apiKey ? (
        <TextField
          id="provider_api_key"
          label="API key"
          type="password"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          // Asks password managers not to offer or save this value: it is the organization's key, not a login.
          data-1p-ignore=""
          data-lpignore="true"
          required={storedKeyHint === undefined}
          placeholder={API_KEY_PLACEHOLDERS[provider]}
          value={values.apiKey}
          onChange={(event) => onChange({ ...values, apiKey: event.target.value })}
          description={keyDescription}
          error={errors.provider_api_key}
          disabled={disabled}
          className="font-mono"
        />
      ) : null}
      {rules.orgId ? (
        <TextField
          id="provider_org_id"
          label="Organization id"
          autoComplete="off"
          spellCheck={false}
          placeholder={provider === "openai" ? "org-…" : undefined}
          value={values.orgId}
          onChange={(event) => onChange({ ...values, orgId: event.target.value })}
          description={ORG_ID_DESCRIPTIONS[provider]}
          error={errors.provider_org_id}
          disabled={disabled}
          className="font-mono"
        />
      ) : null}
      {rules.projectId ? (
        <TextField
          id="provider_project_id"
          label="Project id"
          autoComplete="off"
          spellCheck={false}
          placeholder="proj_…"
          value={values.projectId}
          onChange={(event) => onChange({ ...values, projectId: event.target.value })}
          description="Optional. Sent as the OpenAI-Project header."
          error={errors.provider_project_id}
          disabled={disabled}
          className="font-mono"
        />
      ) : null}
    </>
  );
}

/**
 * Builds the credential part of a create or update request: the fields the provider
 * does not take are sent as null, and an empty id means none.
 */
export function credentialInput(provider: ProviderName, values: CredentialValues) {
  const rules = PROVIDER_FIELD_RULES[provider];
  return {
    provider_api_key: rules.apiKey ? values.apiKey : null,
    provider_org_id: rules.orgId ? values.orgId.trim() || null : null,
    provider_project_id: rules.projectId ? values.projectId.trim() || null : null,
  };
}
