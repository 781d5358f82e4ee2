import "server-only";

import { providerBaseUrl } from "./base-urls";
import { isSendableHeaderValue } from "./header-value";
import { isJsonObject } from "./json-shape";
import { readSafeErrorCode } from "./provider-error-code";
import { sendProviderRequest, type ProviderCheckOptions, type ProviderResponse } from "./provider-http";
import type { CheckOutcome, CredentialInput } from "./types";
import {
  malformedResponseOutcome,
  providerFailedOutcome,
  failedExchangeOutcome,
  unexpectedStatusOutcome,
  unsendableCredentialOutcome,
} from "./unavailable-outcomes";

/** The API version the check is written against; Anthropic requires the header on every request. */
const ANTHROPIC_VERSION = "2023-06-01";

/** The response header that names the organization owning the key. */
const ORGANIZATION_HEADER = "anthropic-organization-id";

/**
 * Checks an Anthropic key with `GET {base}/v1/models`. Anthropic takes no
 * organization request header, so a stored organization id is compared with
 * the `anthropic-organization-id` header of the response instead. Sends exactly
 * one request.
 */
export async function checkAnthropicCredential(input: CredentialInput, options: ProviderCheckOptions = {}): Promise<CheckOutcome> {
  if (!isSendableHeaderValue(input.apiKey)) return unsendableCredentialOutcome("provider_api_key");

  const exchange = await sendProviderRequest({
    provider: "anthropic",
    url: `${providerBaseUrl("anthropic")}/v1/models`,
    method: "GET",
    headers: { "x-api-key": input.apiKey, "anthropic-version": ANTHROPIC_VERSION },
    timeoutMs: options.timeoutMs,
  });
  if (exchange.kind !== "response") return failedExchangeOutcome("anthropic", exchange);

  const outcome = classifyAnthropicResponse(exchange.response, input);
  if (outcome.outcome !== "accepted" && outcome.outcome !== "accepted_with_warning") return outcome;
  return compareOrganization(outcome, exchange.response.headers.get(ORGANIZATION_HEADER), input.providerOrgId);
}

/** Maps Anthropic's response to an outcome, following the status and `error.type` of Anthropic's error envelope. */
function classifyAnthropicResponse(response: ProviderResponse, input: CredentialInput): CheckOutcome {
  const { status, json } = response;
  const errorType = readSafeErrorCode(readEnvelopeError(json)?.type, [input.apiKey]);

  if (status === 200) {
    if (response.bodyTooLarge || !isModelPage(json)) {
      return malformedResponseOutcome("anthropic", status, "a model list", response.bodyTooLarge);
    }
    return { outcome: "accepted", httpStatus: status };
  }

  if (status === 401) {
    return { outcome: "rejected", httpStatus: status, errorCode: errorType, field: "provider_api_key", reason: "invalid API key" };
  }
  if (status === 403) {
    return {
      outcome: "rejected",
      httpStatus: status,
      errorCode: errorType,
      field: "provider_api_key",
      reason: "Anthropic denied this API key permission to use the API",
    };
  }

  if (status === 402) {
    return {
      outcome: "accepted_with_warning",
      httpStatus: status,
      errorCode: errorType,
      warning: "Anthropic reports a billing problem: requests will fail until billing is fixed.",
    };
  }
  if (status === 400 && isLowCreditError(json)) {
    return {
      outcome: "accepted_with_warning",
      httpStatus: status,
      errorCode: errorType,
      warning: "Anthropic reports the credit balance is too low: requests will fail until credit is added.",
    };
  }
  if (status === 429) {
    return {
      outcome: "accepted_with_warning",
      httpStatus: status,
      errorCode: errorType,
      warning: "Anthropic is rate limiting this key: requests may be refused until the limit resets.",
    };
  }

  // 500 api_error, 504 timeout_error and 529 overloaded_error all mean the key was not checked.
  if (status >= 500) return providerFailedOutcome("anthropic", status, errorType);

  return unexpectedStatusOutcome("anthropic", status, errorType);
}

/**
 * Rejects an accepted key when the stored organization id differs from the
 * one Anthropic reports. Ids are compared ignoring case and surrounding
 * spaces, because Anthropic's ids are UUIDs.
 */
function compareOrganization(
  outcome: Extract<CheckOutcome, { outcome: "accepted" | "accepted_with_warning" }>,
  reportedOrgId: string | null,
  storedOrgId: string | null,
): CheckOutcome {
  const stored = storedOrgId?.trim();
  if (!stored) return outcome;

  const reported = reportedOrgId?.trim();
  if (!reported) {
    // An existing warning matters more than the missing header.
    if (outcome.outcome === "accepted_with_warning") return outcome;
    return {
      outcome: "accepted_with_warning",
      httpStatus: outcome.httpStatus,
      errorCode: null,
      warning: "Anthropic did not report the key's organization, so the organization id could not be checked.",
    };
  }

  if (reported.toLowerCase() === stored.toLowerCase()) return outcome;
  return {
    outcome: "rejected",
    httpStatus: outcome.httpStatus,
    errorCode: null,
    field: "provider_org_id",
    reason: "the organization id does not match this key",
  };
}

/**
 * Checks whether a 400 is Anthropic's "credit balance is too low" error. The message
 * is read here to classify the response and never copied into the outcome.
 */
function isLowCreditError(body: unknown): boolean {
  // NOTE: Anthropic gives this case no code of its own, so the check relies on the message wording.
  const error = readEnvelopeError(body);
  return error?.type === "invalid_request_error" && typeof error.message === "string" && /credit balance is too low/i.test(error.message);
}

function readEnvelopeError(body: unknown): Record<string, unknown> | undefined {
  if (!isJsonObject(body) || !isJsonObject(body.error)) return undefined;
  return body.error;
}

/** Checks for the documented success body: `{"data":[…],"has_more":…,…}`. */
function isModelPage(body: unknown): boolean {
  return isJsonObject(body) && Array.isArray(body.data);
}
