/** The providers the fake server imitates. Aitronos needs no credential check, so it has no fake. */
export type FakeProviderName = "openai" | "anthropic" | "clipdrop";

/** A request as the per-provider handlers see it, with the provider's path prefix removed. */
export type FakeIncomingRequest = {
  method: string;
  /** The path after the provider prefix, without the query, such as "/v1/models". */
  path: string;
  /** Header names in lower case, as node:http gives them. */
  headers: Record<string, string | undefined>;
  body: Buffer;
};

/** What the fake server does with a request. */
export type FakeReply =
  | {
      kind: "send";
      status: number;
      headers: Record<string, string>;
      body: string | Buffer;
      /** Milliseconds to wait before sending the reply. */
      delayMs?: number;
    }
  /** Send nothing until the client gives up or the server closes. */
  | { kind: "hang" }
  /** Destroy the socket without sending a response. */
  | { kind: "reset" };

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): FakeReply {
  return { kind: "send", status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

/**
 * Returns the reply for the markers every fake shares, or null when the key
 * has none of them:
 * - `hang`: never replies.
 * - `reset`: destroys the socket.
 * - `garbage`: 200 with an HTML body instead of JSON.
 * - `redirect`: 307 to another path of the same server, which a check must not follow.
 * `slow` is separate (see slowDelayMs) because it delays the normal reply.
 */
export function readTransportMarker(key: string, extraHeaders: Record<string, string> = {}): FakeReply | null {
  if (key.includes("hang")) return { kind: "hang" };
  if (key.includes("reset")) return { kind: "reset" };
  if (key.includes("garbage")) {
    return {
      kind: "send",
      status: 200,
      headers: { "content-type": "text/html", ...extraHeaders },
      body: "<html><body>Gateway maintenance page, not JSON</body></html>",
    };
  }
  if (key.includes("redirect")) {
    return { kind: "send", status: 307, headers: { location: "/redirected-away", ...extraHeaders }, body: "" };
  }
  return null;
}

/** Returns how long to delay the normal reply: 1500 ms for a key containing `slow`, else 0. */
export function slowDelayMs(key: string): number {
  return key.includes("slow") ? 1500 : 0;
}

/** Adds the `slow` delay to a reply. */
export function withDelay(reply: FakeReply, delayMs: number): FakeReply {
  return reply.kind === "send" && delayMs > 0 ? { ...reply, delayMs } : reply;
}
