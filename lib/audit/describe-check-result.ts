import "server-only";

import type { AuditDetails } from "@/lib/audit/audit-details";
import { providerDisplayName } from "@/lib/providers/provider-display-name";

const FIELD_NOUNS: Record<string, string> = {
  provider_api_key: "key",
  provider_org_id: "organization id",
  provider_project_id: "project id",
};

/** Returns the provider's name as people write it ("OpenAI"), or "the provider" when the details name none. */
export function providerNameOf(details: AuditDetails): string {
  return details.provider ? providerDisplayName(details.provider) : "the provider";
}

/**
 * Explains why the provider rejected a credential, such as "OpenAI rejected
 * the key: invalid_api_key". The provider's error code comes before
 * Switchboard's reason, because people can look the code up with the provider.
 */
export function describeCheckRejection(details: AuditDetails): string {
  const noun = FIELD_NOUNS[details.field ?? "provider_api_key"] ?? details.field;
  const cause = details.error_code ?? details.reason;
  return `${providerNameOf(details)} rejected the ${noun}${cause ? `: ${cause}` : ""}`;
}

/**
 * Explains why a credential check did not finish, such as "the check failed:
 * OpenAI failed with HTTP 500 (server_error)". Switchboard's reason names the
 * provider or the network failure itself; without one, the status is used.
 */
export function describeCheckUnavailable(details: AuditDetails): string {
  const code = details.error_code ? ` (${details.error_code})` : "";
  if (details.reason) return `the check failed: ${details.reason}${code}`;
  if (details.http_status !== undefined) return `${providerNameOf(details)} answered HTTP ${details.http_status}${code}`;
  return `${providerNameOf(details)} could not be reached${code}`;
}

/** Describes an accepted credential check, with the provider's warning when there was one. */
export function describeCheckSuccess(details: AuditDetails): string {
  const provider = providerNameOf(details);
  return details.warning ? `${provider} accepted it with a warning: ${details.warning}` : `${provider} accepted it`;
}
