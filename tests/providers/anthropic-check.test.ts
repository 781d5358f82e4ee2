import http from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, test, vi } from "vitest";

import { FAKE_ANTHROPIC_ORGANIZATION_ID } from "@/e2e/fake-providers/anthropic-fake";
import { checkAnthropicCredential } from "@/lib/providers/anthropic-check";
import type { CredentialInput } from "@/lib/providers/types";

import { anthropicKey, useFakeProviders } from "./use-fake-providers";

const fake = useFakeProviders();

function credential(apiKey: string, providerOrgId: string | null = null): CredentialInput {
  return { apiKey, providerOrgId, providerProjectId: null };
}

const rows: { label: string; input: CredentialInput; expected: Record<string, unknown> }[] = [
  { label: "valid key", input: credential(anthropicKey("")), expected: { outcome: "accepted", httpStatus: 200 } },
  {
    label: "matching organization id",
    input: credential(anthropicKey(""), FAKE_ANTHROPIC_ORGANIZATION_ID),
    expected: { outcome: "accepted", httpStatus: 200 },
  },
  {
    label: "organization id in other case",
    input: credential(anthropicKey(""), ` ${FAKE_ANTHROPIC_ORGANIZATION_ID.toUpperCase()} `),
    expected: { outcome: "accepted", httpStatus: 200 },
  },
  {
    label: "other organization, none stored",
    input: credential(anthropicKey("otherorg")),
    expected: { outcome: "accepted", httpStatus: 200 },
  },
  {
    label: "other organization than stored",
    input: credential(anthropicKey("otherorg"), FAKE_ANTHROPIC_ORGANIZATION_ID),
    expected: {
      outcome: "rejected",
      httpStatus: 200,
      field: "provider_org_id",
      reason: "the organization id does not match this key",
    },
  },
  {
    label: "rate limited, other organization than stored",
    input: credential(anthropicKey("ratelimited-otherorg"), FAKE_ANTHROPIC_ORGANIZATION_ID),
    expected: { outcome: "rejected", httpStatus: 429, field: "provider_org_id" },
  },
  {
    label: "key without the sk-ant- prefix",
    input: credential("sk-proj-notanthropic"),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "authentication_error", field: "provider_api_key", reason: "invalid API key" },
  },
  {
    label: "rejected key",
    input: credential(anthropicKey("rejected")),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "authentication_error", field: "provider_api_key" },
  },
  {
    label: "message echoing the key",
    input: credential(anthropicKey("echo")),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "authentication_error", field: "provider_api_key" },
  },
  {
    label: "empty key",
    input: credential(""),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "authentication_error", field: "provider_api_key" },
  },
  {
    label: "forbidden key",
    input: credential(anthropicKey("forbidden")),
    expected: { outcome: "rejected", httpStatus: 403, errorCode: "permission_error", field: "provider_api_key" },
  },
  {
    label: "billing problem",
    input: credential(anthropicKey("billing")),
    expected: { outcome: "accepted_with_warning", httpStatus: 402, errorCode: "billing_error" },
  },
  {
    label: "credit balance too low",
    input: credential(anthropicKey("lowcredit")),
    expected: { outcome: "accepted_with_warning", httpStatus: 400, errorCode: "invalid_request_error" },
  },
  {
    label: "rate limited",
    input: credential(anthropicKey("ratelimited")),
    expected: { outcome: "accepted_with_warning", httpStatus: 429, errorCode: "rate_limit_error" },
  },
  {
    label: "server error",
    input: credential(anthropicKey("servererror")),
    expected: { outcome: "unavailable", httpStatus: 500, errorCode: "api_error" },
  },
  {
    label: "gateway timeout",
    input: credential(anthropicKey("gatewaytimeout")),
    expected: { outcome: "unavailable", httpStatus: 504, errorCode: "timeout_error" },
  },
  {
    label: "overloaded",
    input: credential(anthropicKey("overloaded")),
    expected: { outcome: "unavailable", httpStatus: 529, errorCode: "overloaded_error" },
  },
  {
    label: "garbage body",
    input: credential(anthropicKey("garbage")),
    expected: { outcome: "unavailable", httpStatus: null, errorCode: null },
  },
  {
    label: "redirect",
    input: credential(anthropicKey("redirect")),
    expected: { outcome: "unavailable", httpStatus: 307 },
  },
  {
    label: "reset connection",
    input: credential(anthropicKey("reset")),
    expected: { outcome: "unavailable", httpStatus: null, reason: "connection reset" },
  },
];

describe("checkAnthropicCredential", () => {
  test.each(rows)("$label", async ({ input, expected }) => {
    const outcome = await checkAnthropicCredential(input);

    expect(outcome).toMatchObject(expected);
    expect(fake().requests).toHaveLength(1);
    if (input.apiKey) expect(JSON.stringify(outcome)).not.toContain(input.apiKey);
  });

  test("sends x-api-key and anthropic-version", async () => {
    await checkAnthropicCredential(credential(anthropicKey("")));

    const [request] = fake().requests;
    expect(request.method).toBe("GET");
    expect(request.path).toBe("/anthropic/v1/models");
    expect(request.apiKey).toBe(anthropicKey(""));
    expect(request.anthropicVersion).toBe("2023-06-01");
  });

  test("unknown status is unavailable", async () => {
    vi.stubEnv("ANTHROPIC_BASE_URL", `${fake().origin}/anthropic/wrong`);
    try {
      const outcome = await checkAnthropicCredential(credential(anthropicKey("")));

      expect(outcome).toMatchObject({ outcome: "unavailable", httpStatus: 404, errorCode: "not_found_error" });
    } finally {
      vi.stubEnv("ANTHROPIC_BASE_URL", fake().baseUrls.anthropic);
    }
  });

  test("missing organization header warns", async () => {
    // A server like Anthropic's but without the anthropic-organization-id header.
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data: [], has_more: false, first_id: null, last_id: null }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    vi.stubEnv("ANTHROPIC_BASE_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

    try {
      const withOrg = await checkAnthropicCredential(credential(anthropicKey(""), FAKE_ANTHROPIC_ORGANIZATION_ID));
      const withoutOrg = await checkAnthropicCredential(credential(anthropicKey("")));

      expect(withOrg).toMatchObject({ outcome: "accepted_with_warning", httpStatus: 200, errorCode: null });
      expect(withoutOrg).toMatchObject({ outcome: "accepted", httpStatus: 200 });
    } finally {
      vi.stubEnv("ANTHROPIC_BASE_URL", fake().baseUrls.anthropic);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
