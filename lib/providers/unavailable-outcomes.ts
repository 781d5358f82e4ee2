import "server-only";

import { MAX_BODY_BYTES, type ProviderExchange } from "./provider-http";
import { providerDisplayName } from "./provider-display-name";
import type { CheckOutcome, CredentialField, ProviderName } from "./types";

type UnavailableOutcome = Extract<CheckOutcome, { outcome: "unavailable" }>;

const FIELD_DESCRIPTIONS: Record<CredentialField, string> = {
  provider_api_key: "the API key",
  provider_org_id: "the organization id",
  provider_project_id: "the project id",
};

/** The outcome when no answer arrived or the answer was a redirect. */
export function unansweredOutcome(
  provider: ProviderName,
  exchange: Exclude<ProviderExchange, { kind: "response" }>,
): UnavailableOutcome {
  if (exchange.kind === "redirect") {
    return {
      outcome: "unavailable",
      httpStatus: exchange.httpStatus,
      errorCode: null,
      reason: `${providerDisplayName(provider)} answered with a redirect (HTTP ${exchange.httpStatus}), which is not followed`,
    };
  }
  return { outcome: "unavailable", httpStatus: null, errorCode: null, reason: exchange.failure.reason };
}

/** The outcome for a 5xx answer or a provider-specific "overloaded" status. */
export function providerFailedOutcome(provider: ProviderName, httpStatus: number, errorCode: string | null): UnavailableOutcome {
  return {
    outcome: "unavailable",
    httpStatus,
    errorCode,
    reason: `${providerDisplayName(provider)} failed with HTTP ${httpStatus}`,
  };
}

/** The outcome for a status the provider does not document for this check. It is never taken as acceptance. */
export function unexpectedStatusOutcome(provider: ProviderName, httpStatus: number, errorCode: string | null): UnavailableOutcome {
  return {
    outcome: "unavailable",
    httpStatus,
    errorCode,
    reason: `${providerDisplayName(provider)} answered with unexpected HTTP ${httpStatus}`,
  };
}

/**
 * The outcome for an answer whose body is not the documented shape or is too
 * large to read. Its httpStatus is null because the answer is not trusted to
 * come from the provider's API.
 */
export function malformedAnswerOutcome(
  provider: ProviderName,
  httpStatus: number,
  expectedBody: string,
  bodyTooLarge: boolean,
): UnavailableOutcome {
  const name = providerDisplayName(provider);
  const reason = bodyTooLarge
    ? `${name} answered HTTP ${httpStatus} with a body larger than ${MAX_BODY_BYTES / 1024} KiB`
    : `${name} answered HTTP ${httpStatus} without ${expectedBody}`;
  return { outcome: "unavailable", httpStatus: null, errorCode: null, reason };
}

/** The outcome when a credential cannot be put in a header, so nothing was sent. */
export function unsendableCredentialOutcome(field: CredentialField): UnavailableOutcome {
  return {
    outcome: "unavailable",
    httpStatus: null,
    errorCode: null,
    reason: `${FIELD_DESCRIPTIONS[field]} contains characters that cannot be sent in an HTTP header`,
  };
}
