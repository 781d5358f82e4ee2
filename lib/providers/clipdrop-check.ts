import "server-only";

import { providerBaseUrl } from "./base-urls";
import { isSendableHeaderValue } from "./header-value";
import { isJsonObject } from "./json-shape";
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
 * Checks a ClipDrop key. ClipDrop documents no way to check a key, so this
 * posts a text-to-image form without the required `prompt`: ClipDrop refuses
 * it with 400 and, since only successful calls cost credits, spends nothing.
 * Sends exactly one request.
 *
 * NOTE: ClipDrop does not document whether it checks the key before the form,
 * so a 400 is taken to mean the key passed. It also does not document
 * whether a 400 carries `x-remaining-credits`; the count is read when present.
 */
export async function checkClipDropCredential(input: CredentialInput, options: ProviderCheckOptions = {}): Promise<CheckOutcome> {
  if (!isSendableHeaderValue(input.apiKey)) return unsendableCredentialOutcome("provider_api_key");

  const exchange = await sendProviderRequest({
    provider: "clipdrop",
    url: `${providerBaseUrl("clipdrop")}/text-to-image/v1`,
    method: "POST",
    headers: { "x-api-key": input.apiKey },
    // An empty form: fetch still sends it as multipart/form-data with a boundary.
    body: new FormData(),
    timeoutMs: options.timeoutMs,
  });
  if (exchange.kind !== "response") return failedExchangeOutcome("clipdrop", exchange);

  return classifyClipDropResponse(exchange.response);
}

/**
 * Maps ClipDrop's response to an outcome. ClipDrop's errors are free text
 * (`{"error":"…"}`) with no code, so errorCode is always null.
 */
function classifyClipDropResponse(response: ProviderResponse): CheckOutcome {
  const { status } = response;
  const remainingCredits = readRemainingCredits(response.headers);
  const credits = remainingCredits === undefined ? {} : { remainingCredits };

  if (status === 400) {
    // A 400 without ClipDrop's error body may come from a proxy in between, which proves nothing about the key.
    if (response.bodyTooLarge || !isErrorEnvelope(response.json)) {
      return malformedResponseOutcome("clipdrop", status, "ClipDrop's error body", response.bodyTooLarge);
    }
    return { outcome: "accepted", httpStatus: status, ...credits };
  }

  if (status === 401) {
    return { outcome: "rejected", httpStatus: status, errorCode: null, field: "provider_api_key", reason: "ClipDrop received no API key" };
  }
  if (status === 403) {
    return { outcome: "rejected", httpStatus: status, errorCode: null, field: "provider_api_key", reason: "invalid or revoked API key" };
  }

  if (status === 402) {
    return {
      outcome: "accepted_with_warning",
      httpStatus: status,
      errorCode: null,
      warning: "ClipDrop reports no credits left: requests will fail until credits are bought.",
      ...credits,
    };
  }
  if (status === 429) {
    return {
      outcome: "accepted_with_warning",
      httpStatus: status,
      errorCode: null,
      warning: "ClipDrop is rate limiting this key: requests may be refused until the limit resets.",
      ...credits,
    };
  }

  if (status >= 500) return providerFailedOutcome("clipdrop", status, null);

  if (status === 200) {
    // An image made from a form with no prompt is undocumented, so the response is not trusted.
    return {
      outcome: "unavailable",
      httpStatus: null,
      errorCode: null,
      reason: "ClipDrop returned HTTP 200 for a form with no prompt, which it is not documented to do",
    };
  }

  return unexpectedStatusOutcome("clipdrop", status, null);
}

/** Reads `x-remaining-credits`, which may be fractional. Returns undefined when absent or not a number. */
function readRemainingCredits(headers: Headers): number | undefined {
  const value = headers.get("x-remaining-credits")?.trim();
  if (!value) return undefined;

  const credits = Number(value);
  return Number.isFinite(credits) && credits >= 0 ? credits : undefined;
}

/** ClipDrop's error body: `{"error":"<text>"}`. */
function isErrorEnvelope(body: unknown): boolean {
  return isJsonObject(body) && typeof body.error === "string";
}
