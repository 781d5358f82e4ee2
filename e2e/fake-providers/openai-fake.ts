import { jsonReply, readTransportMarker, slowDelayMs, withDelay, type FakeIncomingRequest, type FakeReply } from "./fake-reply";

/** The signature every real OpenAI key shape contains. */
const OPENAI_KEY_SIGNATURE = "T3BlbkFJ";

/**
 * Replies like OpenAI's `GET /v1/models`. A key is valid when it starts with
 * `sk-` and contains `T3BlbkFJ`. Markers inside the key pick a case:
 * `rejected`, `echo` (the message repeats the whole key), `noorg`,
 * `servererror` and the shared `hang`, `reset`, `garbage`, `redirect` and
 * `slow` work on any key. `ratelimited`, `noquota` and `oversized` (a 200
 * model list over 64 KiB) need an otherwise valid key. An OpenAI-Organization
 * or OpenAI-Project header containing `mismatch` fails with the matching 401.
 */
export function replyAsOpenAi(request: FakeIncomingRequest): FakeReply {
  if (request.method !== "GET" || request.path !== "/v1/models") {
    return openAiError(404, `Invalid URL (${request.method} ${request.path})`, "invalid_request_error", null);
  }

  const key = readBearerToken(request.headers.authorization);
  if (key === null) {
    return openAiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      "invalid_request_error",
      null,
    );
  }

  const transportReply = readTransportMarker(key);
  if (transportReply) return transportReply;
  return withDelay(replyForKey(key, request), slowDelayMs(key));
}

function replyForKey(key: string, request: FakeIncomingRequest): FakeReply {
  if (key.includes("servererror")) {
    return openAiError(500, "The server had an error while processing your request. Sorry about that!", "server_error", null);
  }
  if (key.includes("echo")) {
    return openAiError(401, `Incorrect API key provided: ${key}.`, "invalid_request_error", "invalid_api_key");
  }
  if (key.includes("noorg")) {
    return openAiError(
      401,
      "You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.",
      "invalid_request_error",
      "no_organization",
    );
  }

  const isValidShape = key.startsWith("sk-") && key.includes(OPENAI_KEY_SIGNATURE);
  if (key.includes("rejected") || !isValidShape) {
    return openAiError(
      401,
      `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      "invalid_request_error",
      "invalid_api_key",
    );
  }

  if (request.headers["openai-organization"]?.includes("mismatch")) {
    return openAiError(401, "OpenAI-Organization header should match organization for API key", "invalid_request_error", "mismatched_organization");
  }
  if (request.headers["openai-project"]?.includes("mismatch")) {
    return openAiError(401, "OpenAI-Project header should match project for API key", "invalid_request_error", "mismatched_project");
  }

  if (key.includes("ratelimited")) {
    return openAiError(
      429,
      "Rate limit reached for default-model in organization org-fake on requests per min (RPM): Limit 3, Used 3, Requested 1.",
      "requests",
      "rate_limit_exceeded",
    );
  }
  if (key.includes("noquota")) {
    return openAiError(
      429,
      "You exceeded your current quota, please check your plan and billing details.",
      "insufficient_quota",
      "insufficient_quota",
    );
  }

  if (key.includes("oversized")) return jsonReply(200, { object: "list", data: manyModels(2000) });
  return jsonReply(200, { object: "list", data: manyModels(0) });
}

function openAiError(status: number, message: string, type: string, code: string | null): FakeReply {
  return jsonReply(status, { error: { message, type, param: null, code } });
}

/** Returns the token of `Authorization: Bearer <token>`, or null when there is none. */
function readBearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? "");
  return match ? match[1] : null;
}

/** Masks a key the way OpenAI's messages do: `sk-...ABCD`. */
function maskKey(key: string): string {
  return `${key.slice(0, 3)}...${key.slice(-4)}`;
}

/** Builds the documented models plus `extra` made-up ones, to make bodies of any size. */
function manyModels(extra: number): unknown[] {
  const documented = [
    { id: "gpt-4o", object: "model", created: 1715367049, owned_by: "system" },
    { id: "gpt-4o-mini-2024-07-18", object: "model", created: 1721172717, owned_by: "system" },
    { id: "dall-e-3", object: "model", created: 1698785189, owned_by: "system" },
  ];
  const padding = Array.from({ length: extra }, (_, index) => ({
    id: `fake-model-${index}`,
    object: "model",
    created: 1700000000,
    owned_by: "system",
  }));
  return [...documented, ...padding];
}
