import { jsonReply, readTransportMarker, slowDelayMs, withDelay, type FakeIncomingRequest, type FakeReply } from "./fake-reply";

// The 8-byte PNG signature: enough for a client that only checks the type.
const FAKE_IMAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Replies like ClipDrop's `POST /text-to-image/v1`. Any key without markers
 * gets 400 "prompt is required" with `x-remaining-credits: 100` when the form
 * has no prompt, and a tiny PNG when it has one. Markers inside the key pick a
 * case: `rejected` (403), `echo` (403 whose message repeats the whole key),
 * `nocredits` (402), `ratelimited` (429), `servererror` (500) and the shared
 * `hang`, `reset`, `garbage`, `redirect` and `slow`.
 */
export function replyAsClipDrop(request: FakeIncomingRequest): FakeReply {
  if (request.path !== "/text-to-image/v1") return jsonReply(404, { error: "Not found" });
  if (request.method !== "POST") return jsonReply(405, { error: "Method not allowed" });

  const key = request.headers["x-api-key"]?.trim() ?? "";
  if (key === "") return jsonReply(401, { error: "Missing API key" });

  const transportReply = readTransportMarker(key);
  if (transportReply) return transportReply;
  return withDelay(replyForKey(key, request), slowDelayMs(key));
}

function replyForKey(key: string, request: FakeIncomingRequest): FakeReply {
  if (key.includes("echo")) return jsonReply(403, { error: `Invalid API key: ${key}` });
  if (key.includes("rejected")) return jsonReply(403, { error: "Invalid API key" });
  if (key.includes("nocredits")) return jsonReply(402, { error: "No remaining credits" }, { "x-remaining-credits": "0" });
  if (key.includes("ratelimited")) return jsonReply(429, { error: "Too many requests, please slow down" });
  if (key.includes("servererror")) return jsonReply(500, { error: "Internal server error" });

  if (!request.body.includes('name="prompt"')) {
    return jsonReply(400, { error: "prompt is required" }, { "x-remaining-credits": "100" });
  }
  return {
    kind: "send",
    status: 200,
    headers: { "content-type": "image/png", "x-remaining-credits": "99", "x-credits-consumed": "1" },
    body: FAKE_IMAGE,
  };
}
