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

/**
 * Checks an OpenAI key with `GET {base}/models`. The organization and project
 * headers are sent only when those ids are set, so OpenAI also checks that
 * they belong to the key. Sends exactly one request.
 */
export async function checkOpenAiCredential(input: CredentialInput, options: ProviderCheckOptions = {}): Promise<CheckOutcome> {
  if (!isSendableHeaderValue(input.apiKey)) return unsendableCredentialOutcome("provider_api_key");
  const headers: Record<string, string> = { authorization: `Bearer ${input.apiKey}` };

  if (input.providerOrgId) {
    if (!isSendableHeaderValue(input.providerOrgId)) return unsendableCredentialOutcome("provider_org_id");
    headers["openai-organization"] = input.providerOrgId;
  }
  if (input.providerProjectId) {
    if (!isSendableHeaderValue(input.providerProjectId)) return unsendableCredentialOutcome("provider_project_id");
    headers["openai-project"] = input.providerProjectId;
  }

  const exchange = await sendProviderRequest({
    provider: "openai",
    url: `${providerBaseUrl("openai")}/models`,
    method: "GET",
    headers,
    timeoutMs: options.timeoutMs,
  });
  if (exchange.kind !== "response") return failedExchangeOutcome("openai", exchange);

  return classifyOpenAiResponse(exchange.response, input);
}

/** Maps OpenAI's response to an outcome, following the status and `error.code` of OpenAI's error envelope. */
function classifyOpenAiResponse(response: ProviderResponse, input: CredentialInput): CheckOutcome {
  const { status } = response;
  const errorCode = readSafeErrorCode(readEnvelopeCode(response.json), [input.apiKey]);

  if (status === 200) {
    if (response.bodyTooLarge || !isModelList(response.json)) {
      return malformedResponseOutcome("openai", status, "a model list", response.bodyTooLarge);
    }
    return { outcome: "accepted", httpStatus: status };
  }

  if (status === 401) return classifyUnauthorized(errorCode);

  if (status === 429) {
    if (errorCode === "insufficient_quota") {
      return {
        outcome: "accepted_with_warning",
        httpStatus: status,
        errorCode,
        warning: "OpenAI reports no quota left: requests will fail until billing is fixed.",
      };
    }
    // rate_limit_exceeded. Any other 429 code is taken as rate limiting too.
    return {
      outcome: "accepted_with_warning",
      httpStatus: status,
      errorCode,
      warning: "OpenAI is rate limiting this key: requests may be refused until the limit resets.",
    };
  }

  if (status >= 500) return providerFailedOutcome("openai", status, errorCode);

  // NOTE: OpenAI documents no 403 for this endpoint, so a 403 is treated as unknown like any other status.
  return unexpectedStatusOutcome("openai", status, errorCode);
}

function classifyUnauthorized(errorCode: string | null): CheckOutcome {
  const rejected = { outcome: "rejected", httpStatus: 401, errorCode } as const;

  switch (errorCode) {
    case "mismatched_organization":
      return { ...rejected, field: "provider_org_id", reason: "the organization id does not match this key" };
    case "mismatched_project":
      // NOTE: this code is known only from test fixtures, not from OpenAI's documentation.
      return { ...rejected, field: "provider_project_id", reason: "the project id does not match this key" };
    case "no_organization":
      return { ...rejected, field: "provider_api_key", reason: "the API key belongs to no OpenAI organization" };
    case "invalid_api_key":
      return { ...rejected, field: "provider_api_key", reason: "invalid API key" };
    default:
      // A null code is what OpenAI sends when no key arrived.
      return { ...rejected, field: "provider_api_key", reason: "OpenAI did not accept the API key" };
  }
}

function readEnvelopeCode(body: unknown): unknown {
  if (!isJsonObject(body) || !isJsonObject(body.error)) return null;
  return body.error.code;
}

/** Checks for the documented success body: `{"object":"list","data":[…]}`. */
function isModelList(body: unknown): boolean {
  return isJsonObject(body) && body.object === "list" && Array.isArray(body.data);
}
