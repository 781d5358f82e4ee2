import { describe, expect, test } from "vitest";

import { classifyNetworkError, formatDuration } from "@/lib/providers/network-failure";

const KEY = "sk-proj-SECRETT3BlbkFJsecret";

/** Builds an error shaped like Node's fetch failure: a TypeError whose cause carries the code. */
function fetchFailure(code: string, causeName = "Error"): Error {
  const cause = Object.assign(new Error(`connect ${code} while sending ${KEY}`), { name: causeName, code });
  return new TypeError("fetch failed", { cause });
}

const notTimedOut = { timedOut: false, timeoutMs: 10_000 };

describe("classifyNetworkError", () => {
  test.each([
    { label: "our timeout", error: new DOMException("aborted", "AbortError"), timeout: { timedOut: true, timeoutMs: 10_000 }, kind: "timeout", reason: "timed out after 10 s" },
    { label: "TimeoutError", error: new DOMException("timed out", "TimeoutError"), timeout: { timedOut: false, timeoutMs: 1500 }, kind: "timeout", reason: "timed out after 1.5 s" },
    { label: "connect timeout", error: fetchFailure("UND_ERR_CONNECT_TIMEOUT", "ConnectTimeoutError"), timeout: notTimedOut, kind: "timeout", reason: "the connection timed out" },
    { label: "refused", error: fetchFailure("ECONNREFUSED"), timeout: notTimedOut, kind: "connection_refused", reason: "connection refused" },
    { label: "reset", error: fetchFailure("ECONNRESET"), timeout: notTimedOut, kind: "connection_reset", reason: "connection reset" },
    { label: "other side closed", error: fetchFailure("UND_ERR_SOCKET", "SocketError"), timeout: notTimedOut, kind: "connection_reset", reason: "connection reset" },
    { label: "unknown host", error: fetchFailure("ENOTFOUND"), timeout: notTimedOut, kind: "dns", reason: "the host name could not be resolved" },
    { label: "DNS retry later", error: fetchFailure("EAI_AGAIN"), timeout: notTimedOut, kind: "dns", reason: "the host name could not be resolved" },
    { label: "TLS failure", error: fetchFailure("CERT_HAS_EXPIRED"), timeout: notTimedOut, kind: "other", reason: "the request failed (CERT_HAS_EXPIRED)" },
    { label: "abort we did not cause", error: new DOMException("aborted", "AbortError"), timeout: notTimedOut, kind: "other", reason: "the request was aborted" },
    { label: "plain string", error: `boom ${KEY}`, timeout: notTimedOut, kind: "other", reason: "the request failed" },
  ])("$label", ({ error, timeout, kind, reason }) => {
    const failure = classifyNetworkError(error, timeout);

    expect(failure.kind).toBe(kind);
    expect(failure.reason).toBe(reason);
    expect(JSON.stringify(failure)).not.toContain(KEY);
  });

  test("invalid header error never leaks the key", () => {
    // Node's fetch quotes the rejected header value in this message.
    const error = new TypeError(`Headers.append: "Bearer ${KEY}\n" is an invalid header value.`);

    const failure = classifyNetworkError(error, notTimedOut);

    expect(failure).toEqual({ kind: "other", reason: "the request failed", errorName: "TypeError", errorCode: null });
  });

  test("code with free text is dropped", () => {
    const error = new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: `bad ${KEY}` }) });

    const failure = classifyNetworkError(error, notTimedOut);

    expect(failure.errorCode).toBeNull();
    expect(JSON.stringify(failure)).not.toContain(KEY);
  });
});

describe("formatDuration", () => {
  test.each([
    [300, "300 ms"],
    [1000, "1 s"],
    [1500, "1.5 s"],
    [10_000, "10 s"],
  ])("%d ms reads %s", (milliseconds, expected) => {
    expect(formatDuration(milliseconds)).toBe(expected);
  });
});
