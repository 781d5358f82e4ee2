import { describe, expect, test, vi } from "vitest";

import { checkClipDropCredential } from "@/lib/providers/clipdrop-check";
import type { CredentialInput } from "@/lib/providers/types";

import { useFakeProviders } from "./use-fake-providers";

const fake = useFakeProviders();

function credential(apiKey: string): CredentialInput {
  return { apiKey, providerOrgId: null, providerProjectId: null };
}

const rows: { label: string; input: CredentialInput; expected: Record<string, unknown> }[] = [
  {
    label: "key passing to the form check",
    input: credential("clipdrop-key-1234567890"),
    expected: { outcome: "accepted", httpStatus: 400, remainingCredits: 100 },
  },
  {
    label: "rejected key",
    input: credential("clipdrop-rejected-1234"),
    expected: { outcome: "rejected", httpStatus: 403, errorCode: null, field: "provider_api_key", reason: "invalid or revoked API key" },
  },
  {
    label: "message echoing the key",
    input: credential("clipdrop-echo-secret-5678"),
    expected: { outcome: "rejected", httpStatus: 403, field: "provider_api_key" },
  },
  {
    label: "empty key",
    input: credential(""),
    expected: { outcome: "rejected", httpStatus: 401, field: "provider_api_key" },
  },
  {
    label: "no credits",
    input: credential("clipdrop-nocredits-1234"),
    expected: { outcome: "accepted_with_warning", httpStatus: 402, errorCode: null, remainingCredits: 0 },
  },
  {
    label: "rate limited",
    input: credential("clipdrop-ratelimited-1234"),
    expected: { outcome: "accepted_with_warning", httpStatus: 429, errorCode: null },
  },
  {
    label: "server error",
    input: credential("clipdrop-servererror-1234"),
    expected: { outcome: "unavailable", httpStatus: 500, reason: "ClipDrop failed with HTTP 500" },
  },
  {
    label: "garbage body",
    input: credential("clipdrop-garbage-1234"),
    expected: { outcome: "unavailable", httpStatus: null },
  },
  {
    label: "redirect",
    input: credential("clipdrop-redirect-1234"),
    expected: { outcome: "unavailable", httpStatus: 307 },
  },
  {
    label: "reset connection",
    input: credential("clipdrop-reset-1234"),
    expected: { outcome: "unavailable", httpStatus: null, reason: "connection reset" },
  },
];

describe("checkClipDropCredential", () => {
  test.each(rows)("$label", async ({ input, expected }) => {
    const outcome = await checkClipDropCredential(input);

    expect(outcome).toMatchObject(expected);
    expect(fake().requests).toHaveLength(1);
    if (input.apiKey) expect(JSON.stringify(outcome)).not.toContain(input.apiKey);
  });

  test("posts a multipart form with the key header", async () => {
    await checkClipDropCredential(credential("clipdrop-key-1234567890"));

    const [request] = fake().requests;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/clipdrop/text-to-image/v1");
    expect(request.apiKey).toBe("clipdrop-key-1234567890");
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });

  test("unknown status is unavailable", async () => {
    vi.stubEnv("CLIPDROP_BASE_URL", `${fake().origin}/clipdrop/wrong`);
    try {
      const outcome = await checkClipDropCredential(credential("clipdrop-key-1234567890"));

      expect(outcome).toMatchObject({ outcome: "unavailable", httpStatus: 404 });
    } finally {
      vi.stubEnv("CLIPDROP_BASE_URL", fake().baseUrls.clipdrop);
    }
  });
});
