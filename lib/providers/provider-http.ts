import "server-only";

import { ConfigurationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import { classifyNetworkError, type NetworkFailure } from "./network-failure";
import type { ProviderName } from "./types";

/** Options every credential check accepts. */
export type ProviderCheckOptions = {
  /** How long the whole exchange, body included, may take. Defaults to PROVIDER_CHECK_TIMEOUT_MS or 10 000 ms. */
  timeoutMs?: number;
};

export type ProviderRequest = {
  /** Used in log lines only. */
  provider: ProviderName;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: FormData;
  timeoutMs?: number;
};

export type ProviderResponse = {
  status: number;
  headers: Headers;
  /** The parsed body, or undefined when the body is empty, not JSON or over MAX_BODY_BYTES. */
  json: unknown;
  bodyTooLarge: boolean;
};

/** The result of one request: a response, a redirect that was not followed, or a network failure. */
export type ProviderExchange =
  | { kind: "response"; response: ProviderResponse }
  | { kind: "redirect"; httpStatus: number }
  | { kind: "network_failure"; failure: NetworkFailure };

/**
 * The largest response body read. Check responses are short model lists or error envelopes.
 * NOTE: providers do not document the size of their model lists, so a list over this cap
 * would make a working key read as unavailable.
 */
export const MAX_BODY_BYTES = 64 * 1024;

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Sends one request to a provider, with no retry, and reads the response.
 * Redirects are returned unfollowed (`redirect: "manual"`), so a key only
 * reaches the configured host. Network failures and timeouts are returned as
 * reasons built from error names and codes, never as the caught error.
 */
export async function sendProviderRequest(request: ProviderRequest): Promise<ProviderExchange> {
  const timeoutMs = request.timeoutMs ?? defaultTimeoutMs();
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}.`);
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal: controller.signal,
    });

    // Node's fetch returns the 3xx response itself. Browsers' fetch returns status 0 ("opaqueredirect") instead.
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      return { kind: "redirect", httpStatus: response.status };
    }

    const body = await readCappedBody(response);
    return {
      kind: "response",
      response: { status: response.status, headers: response.headers, json: parseJson(body.text), bodyTooLarge: body.tooLarge },
    };
  } catch (error) {
    const failure = classifyNetworkError(error, { timedOut, timeoutMs });
    logger.warn(
      { provider: request.provider, failure: failure.kind, errorName: failure.errorName, errorCode: failure.errorCode },
      "provider credential check received no response",
    );
    return { kind: "network_failure", failure };
  } finally {
    clearTimeout(timer);
  }
}

function defaultTimeoutMs(): number {
  const configured = process.env.PROVIDER_CHECK_TIMEOUT_MS?.trim();
  if (!configured) return DEFAULT_TIMEOUT_MS;

  const value = Number(configured);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigurationError(
      `PROVIDER_CHECK_TIMEOUT_MS must be a positive whole number of milliseconds, such as ${DEFAULT_TIMEOUT_MS}, got "${configured}".`,
    );
  }
  return value;
}

/** Reads at most MAX_BODY_BYTES and cancels the rest of a larger body. */
async function readCappedBody(response: Response): Promise<{ text: string; tooLarge: boolean }> {
  if (!response.body) return { text: "", tooLarge: false };

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;

    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { text: "", tooLarge: true };
    }
    chunks.push(value);
  }

  return { text: Buffer.concat(chunks).toString("utf8"), tooLarge: false };
}

/**
 * Parses the body as JSON whatever its content type, because a body that is
 * not JSON is detected by the shape checks anyway.
 */
function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the callers treat undefined as "not the documented shape".
    return undefined;
  }
}
