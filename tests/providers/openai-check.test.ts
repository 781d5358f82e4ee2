import { describe, expect, test, vi } from "vitest";

import { checkOpenAiCredential } from "@/lib/providers/openai-check";
import type { CheckOutcome, CredentialInput } from "@/lib/providers/types";

import { openAiKey, useFakeProviders } from "./use-fake-providers";

const fake = useFakeProviders();

function credential(apiKey: string, providerOrgId: string | null = null, providerProjectId: string | null = null): CredentialInput {
  return { apiKey, providerOrgId, providerProjectId };
}

type Row = { label: string; input: CredentialInput; expected: Partial<CheckOutcome> & Record<string, unknown> };

const rows: Row[] = [
  { label: "valid key", input: credential(openAiKey("")), expected: { outcome: "accepted", httpStatus: 200 } },
  {
    label: "valid key with org and project",
    input: credential(openAiKey(""), "org-old-1234567890", "proj-abcdef1234567890"),
    expected: { outcome: "accepted", httpStatus: 200 },
  },
  {
    label: "key without the OpenAI signature",
    input: credential("sk-proj-notarealkey1234"),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "invalid_api_key", field: "provider_api_key", reason: "invalid API key" },
  },
  {
    label: "rejected key",
    input: credential(openAiKey("rejected")),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "invalid_api_key", field: "provider_api_key" },
  },
  {
    label: "message echoing the key",
    input: credential(openAiKey("echo")),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "invalid_api_key", field: "provider_api_key" },
  },
  {
    label: "empty key",
    input: credential(""),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: null, field: "provider_api_key" },
  },
  {
    label: "key in no organization",
    input: credential(openAiKey("noorg")),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "no_organization", field: "provider_api_key" },
  },
  {
    label: "mismatched organization",
    input: credential(openAiKey(""), "org-mismatch-1234567890"),
    expected: {
      outcome: "rejected",
      httpStatus: 401,
      errorCode: "mismatched_organization",
      field: "provider_org_id",
      reason: "the organization id does not match this key",
    },
  },
  {
    label: "mismatched project",
    input: credential(openAiKey(""), null, "proj_mismatch"),
    expected: { outcome: "rejected", httpStatus: 401, errorCode: "mismatched_project", field: "provider_project_id" },
  },
  {
    label: "rate limited",
    input: credential(openAiKey("ratelimited")),
    expected: { outcome: "accepted_with_warning", httpStatus: 429, errorCode: "rate_limit_exceeded" },
  },
  {
    label: "no quota",
    input: credential(openAiKey("noquota")),
    expected: {
      outcome: "accepted_with_warning",
      httpStatus: 429,
      errorCode: "insufficient_quota",
      warning: "OpenAI reports no quota left: requests will fail until billing is fixed.",
    },
  },
  {
    label: "server error",
    input: credential(openAiKey("servererror")),
    expected: { outcome: "unavailable", httpStatus: 500, reason: "OpenAI failed with HTTP 500" },
  },
  {
    label: "garbage body",
    input: credential(openAiKey("garbage")),
    expected: { outcome: "unavailable", httpStatus: null, errorCode: null },
  },
  {
    label: "body over 64 KiB",
    input: credential(openAiKey("oversized")),
    expected: { outcome: "unavailable", httpStatus: null, reason: "OpenAI returned HTTP 200 with a body larger than 64 KiB" },
  },
  {
    label: "redirect",
    input: credential(openAiKey("redirect")),
    expected: { outcome: "unavailable", httpStatus: 307, errorCode: null },
  },
  {
    label: "reset connection",
    input: credential(openAiKey("reset")),
    expected: { outcome: "unavailable", httpStatus: null, reason: "connection reset" },
  },
];

describe("checkOpenAiCredential", () => {
  test.each(rows)("$label", async ({ input, expected }) => {
    const outcome = await checkOpenAiCredential(input);

    expect(outcome).toMatchObject(expected);
    expect(fake().requests).toHaveLength(1);
    if (input.apiKey) expect(JSON.stringify(outcome)).not.toContain(input.apiKey);
  });

  test("sends the key as a bearer token", async () => {
    await checkOpenAiCredential(credential(openAiKey("")));

    const [request] = fake().requests;
    expect(request.method).toBe("GET");
    expect(request.path).toBe("/openai/v1/models");
    expect(request.apiKey).toBe(openAiKey(""));
  });

  test("sends org and project headers when set", async () => {
    await checkOpenAiCredential(credential(openAiKey(""), "org-old-1234567890", "proj_abc"));

    const [request] = fake().requests;
    expect(request.organization).toBe("org-old-1234567890");
    expect(request.project).toBe("proj_abc");
  });

  test("omits org and project headers when null", async () => {
    await checkOpenAiCredential(credential(openAiKey("")));

    const [request] = fake().requests;
    expect(request.organization).toBeNull();
    expect(request.project).toBeNull();
  });

  test("unknown status is unavailable", async () => {
    vi.stubEnv("OPENAI_BASE_URL", `${fake().origin}/openai/v2`);
    try {
      const outcome = await checkOpenAiCredential(credential(openAiKey("")));

      expect(outcome).toMatchObject({ outcome: "unavailable", httpStatus: 404 });
    } finally {
      vi.stubEnv("OPENAI_BASE_URL", fake().baseUrls.openai);
    }
  });
});
