import "server-only";

import type { AuditDetails } from "@/lib/audit/audit-details";
import { providerDisplayName } from "@/lib/providers/provider-display-name";

const FIELD_NOUNS: Record<string, string> = {
  provider_api_key: "key",
  provider_org_id: "organization id",
  provider_project_id: "project id",
};

/** The provider's name as people write it ("OpenAI"), or "the provider" when the details name none. */
export function providerNameOf(details: AuditDetails): string {
  return details.provider ? providerDisplayName(details.provider) : "the provider";
}

/**
 * Explains why a credential check or a change that needed one failed, such as
 * "OpenAI rejected the key: invalid_api_key". Returns null when the details contain no cause.
 */
export function describeCheckFailure(details: AuditDetails): string | null {
  const provider = providerNameOf(details);
  const cause = details.error_code ?? details.reason;

  // A blamed field, or 401 or 403 without one, means the provider read the credential and refused it.
  const status = details.http_status;
  if (details.field !== undefined || status === 401 || status === 403) {
    const noun = FIELD_NOUNS[details.field ?? "provider_api_key"] ?? details.field;
    return `${provider} rejected the ${noun}${cause ? `: ${cause}` : ""}`;
  }
  if (status !== undefined && status >= 500) {
    return `${provider} answered HTTP ${status}${cause ? `: ${cause}` : ""}`;
  }
  if (details.reason) return details.reason;
  if (details.error_code) return `${provider} answered with ${details.error_code}`;
  if (status !== undefined) return `${provider} answered HTTP ${status}`;
  return null;
}

/**
 * Explains why a provider could not check a credential: "OpenAI could not be
 * reached" when no HTTP response arrived, else the status and error code.
 */
export function describeCheckUnavailable(details: AuditDetails): string {
  const provider = providerNameOf(details);
  const cause = details.error_code ?? details.reason;
  const answer = details.http_status === undefined ? `${provider} could not be reached` : `${provider} answered HTTP ${details.http_status}`;
  return cause ? `${answer}: ${cause}` : answer;
}

/** Describes an accepted credential check, with the provider's warning when there was one. */
export function describeCheckSuccess(details: AuditDetails): string {
  const provider = providerNameOf(details);
  return details.warning ? `${provider} accepted it with a warning: ${details.warning}` : `${provider} accepted it`;
}
