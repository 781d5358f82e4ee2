import "server-only";

/** The cause of a provider request that ended without a usable HTTP response. */
export type NetworkFailureKind = "timeout" | "connection_refused" | "connection_reset" | "dns" | "other";

export type NetworkFailure = {
  kind: NetworkFailureKind;
  /** A short reason for people, such as "timed out after 10 s". */
  reason: string;
  /** The error's name and system or undici code, for logs. Never the message. */
  errorName: string | null;
  errorCode: string | null;
};

const TIMEOUT_CODES = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
const REFUSED_CODES = new Set(["ECONNREFUSED"]);
// undici reports a socket closed before the response ended as UND_ERR_SOCKET ("other side closed").
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);
const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA"]);

// Codes are copied into reasons and logs only when they look like system or
// undici codes, so no free text from an error can pass through.
const SAFE_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * Classifies an error thrown by fetch or by reading its body, using only the
 * error names and codes along its cause chain. The messages are never read:
 * undici's invalid-header error quotes the header value, which can be the key.
 */
export function classifyNetworkError(error: unknown, timeout: { timedOut: boolean; timeoutMs: number }): NetworkFailure {
  const { names, codes } = collectNamesAndCodes(error);
  const errorName = names[0] ?? null;
  const errorCode = codes[0] ?? null;
  const failure = (kind: NetworkFailureKind, reason: string): NetworkFailure => ({ kind, reason, errorName, errorCode });

  if (timeout.timedOut || names.includes("TimeoutError")) {
    return failure("timeout", `timed out after ${formatDuration(timeout.timeoutMs)}`);
  }
  if (codes.some((code) => TIMEOUT_CODES.has(code))) return failure("timeout", "the connection timed out");
  if (codes.some((code) => REFUSED_CODES.has(code))) return failure("connection_refused", "connection refused");
  if (codes.some((code) => RESET_CODES.has(code))) return failure("connection_reset", "connection reset");
  if (codes.some((code) => DNS_CODES.has(code))) return failure("dns", "the host name could not be resolved");
  if (names.includes("AbortError")) return failure("other", "the request was aborted");

  return failure("other", errorCode ? `the request failed (${errorCode})` : "the request failed");
}

/** Formats a timeout for people: "10 s", "1.5 s" or "300 ms". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = Math.round(milliseconds / 100) / 10;
  return `${seconds} s`;
}

function collectNamesAndCodes(error: unknown): { names: string[]; codes: string[] } {
  const names: string[] = [];
  const codes: string[] = [];
  let current: unknown = error;

  // Five levels cover fetch's TypeError → undici error → system error chains.
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const name = (current as { name?: unknown }).name;
    const code = (current as { code?: unknown }).code;
    if (typeof name === "string" && SAFE_NAME.test(name)) names.push(name);
    if (typeof code === "string" && SAFE_CODE.test(code)) codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }

  return { names, codes };
}
