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

/** Builds the outcome when no response arrived or the response was a redirect. */
export function failedExchangeOutcome(
  provider: ProviderName,
  exchange: Exclude<ProviderExchange, { kind: "response" }>,
): UnavailableOutcome {
  if (exchange.kind === "redirect") {
    return {
      outcome: "unavailable",
      httpStatus: exchange.httpStatus,
      errorCode: null,
      reason: `${providerDisplayName(provider)} responded with a redirect (HTTP ${exchange.httpStatus}), which is not followed`,
    };
  }
  return { outcome: "unavailable", httpStatus: null, errorCode: null, reason: exchange.failure.reason };
}

/** Builds the outcome for a 5xx status, such as 500 or Anthropic's 529 "overloaded". */
export function providerFailedOutcome(provider: ProviderName, httpStatus: number, errorCode: string | null): UnavailableOutcome {
  return {
    outcome: "unavailable",
    httpStatus,
    errorCode,
    reason: `${providerDisplayName(provider)} failed with HTTP ${httpStatus}`,
  };
}

/** Builds the outcome for a status the provider does not document for this check, which is never taken as acceptance. */
export function unexpectedStatusOutcome(provider: ProviderName, httpStatus: number, errorCode: string | null): UnavailableOutcome {
  return {
    outcome: "unavailable",
    httpStatus,
    errorCode,
    reason: `${providerDisplayName(provider)} returned unexpected HTTP ${httpStatus}`,
  };
}

/**
 * Builds the outcome for a response whose body is not the documented shape or
 * is too large to read. Its httpStatus is null because the response is not
 * trusted to come from the provider's API.
 */
export function malformedResponseOutcome(
  provider: ProviderName,
  httpStatus: number,
  expectedBody: string,
  bodyTooLarge: boolean,
): UnavailableOutcome {
  const name = providerDisplayName(provider);
  const reason = bodyTooLarge
    ? `${name} returned HTTP ${httpStatus} with a body larger than ${MAX_BODY_BYTES / 1024} KiB`
    : `${name} returned HTTP ${httpStatus} without ${expectedBody}`;
  return { outcome: "unavailable", httpStatus: null, errorCode: null, reason };
}

/** Builds the outcome when a credential cannot be put in a header, so nothing was sent. */
export function unsendableCredentialOutcome(field: CredentialField): UnavailableOutcome {
  return {
    outcome: "unavailable",
    httpStatus: null,
    errorCode: null,
    reason: `${FIELD_DESCRIPTIONS[field]} contains characters that cannot be sent in an HTTP header`,
  };
}
