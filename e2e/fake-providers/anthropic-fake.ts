import { randomUUID } from "node:crypto";

import { jsonReply, readTransportMarker, slowDelayMs, withDelay, type FakeIncomingRequest, type FakeReply } from "./fake-reply";

/** The organization id the fake reports for every key without `otherorg`. */
export const FAKE_ANTHROPIC_ORGANIZATION_ID = "org-anthropic-xyz789";
/** The organization id reported for keys containing `otherorg`. */
export const FAKE_ANTHROPIC_OTHER_ORGANIZATION_ID = "org-anthropic-other456";

/**
 * Replies like Anthropic's `GET /v1/models`. A key is valid when it starts
 * with `sk-ant-`. Markers inside the key pick a case. `rejected` and `echo`
 * (whose message repeats the whole key) get 401, and `forbidden` gets 403.
 * `billing` gets 402, `lowcredit` 400 "credit balance is too low" and
 * `ratelimited` 429 with retry-after. `servererror`, `gatewaytimeout` and
 * `overloaded` get 500, 504 and 529. The shared `hang`, `reset`, `garbage`,
 * `redirect` and `slow` work as in every fake.
 * Every response carries `anthropic-organization-id`, which `otherorg` changes.
 */
export function replyAsAnthropic(request: FakeIncomingRequest): FakeReply {
  const key = request.headers["x-api-key"]?.trim() ?? "";
  const organizationHeaders = {
    "anthropic-organization-id": key.includes("otherorg") ? FAKE_ANTHROPIC_OTHER_ORGANIZATION_ID : FAKE_ANTHROPIC_ORGANIZATION_ID,
  };

  if (request.method !== "GET" || request.path !== "/v1/models") {
    return anthropicError(404, "not_found_error", "Not found", organizationHeaders);
  }
  if (key === "") {
    return anthropicError(401, "authentication_error", "x-api-key header is required", organizationHeaders);
  }

  const transportReply = readTransportMarker(key, organizationHeaders);
  if (transportReply) return transportReply;
  return withDelay(replyForKey(key, request, organizationHeaders), slowDelayMs(key));
}

function replyForKey(key: string, request: FakeIncomingRequest, headers: Record<string, string>): FakeReply {
  if (key.includes("echo")) return anthropicError(401, "authentication_error", `invalid x-api-key: ${key}`, headers);
  if (key.includes("rejected") || !key.startsWith("sk-ant-")) {
    return anthropicError(401, "authentication_error", "invalid x-api-key", headers);
  }
  if (!request.headers["anthropic-version"]) {
    return anthropicError(400, "invalid_request_error", "anthropic-version: header is required", headers);
  }

  if (key.includes("forbidden")) {
    return anthropicError(403, "permission_error", "Your API key does not have permission to use the specified resource.", headers);
  }
  if (key.includes("billing")) {
    return anthropicError(402, "billing_error", "There is an issue with the billing of your account.", headers);
  }
  if (key.includes("lowcredit")) {
    return anthropicError(
      400,
      "invalid_request_error",
      "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
      headers,
    );
  }
  if (key.includes("ratelimited")) {
    return anthropicError(429, "rate_limit_error", "Number of requests has exceeded your rate limit.", { ...headers, "retry-after": "30" });
  }
  if (key.includes("servererror")) return anthropicError(500, "api_error", "Internal server error", headers);
  if (key.includes("gatewaytimeout")) return anthropicError(504, "timeout_error", "Request timed out", headers);
  if (key.includes("overloaded")) return anthropicError(529, "overloaded_error", "Overloaded", headers);

  return jsonReply(
    200,
    {
      data: [
        {
          type: "model",
          id: "claude-3-5-sonnet-20241022",
          display_name: "Claude 3.5 Sonnet (New)",
          created_at: "2024-10-22T00:00:00Z",
        },
        { type: "model", id: "claude-3-haiku-20240307", display_name: "Claude 3 Haiku", created_at: "2024-03-07T00:00:00Z" },
      ],
      has_more: false,
      first_id: "claude-3-5-sonnet-20241022",
      last_id: "claude-3-haiku-20240307",
    },
    headers,
  );
}

function anthropicError(status: number, type: string, message: string, headers: Record<string, string>): FakeReply {
  const requestId = `req_fake_${randomUUID().replaceAll("-", "")}`;
  return jsonReply(status, { type: "error", error: { type, message }, request_id: requestId }, { ...headers, "request-id": requestId });
}
