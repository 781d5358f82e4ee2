import http from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, test, vi } from "vitest";

import { checkCredential, providerDisplayName } from "@/lib/providers/check-credential";
import type { CredentialInput, ProviderName } from "@/lib/providers/types";

import { anthropicKey, openAiKey, useFakeProviders } from "./use-fake-providers";

const fake = useFakeProviders();

function credential(apiKey: string): CredentialInput {
  return { apiKey, providerOrgId: null, providerProjectId: null };
}

/** Starts a server on a free port and closes it, so connecting to that port is refused. */
async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe("checkCredential", () => {
  test("aitronos needs no request", async () => {
    const outcome = await checkCredential("aitronos", credential(""));

    expect(outcome).toEqual({ outcome: "not_required" });
    expect(fake().requests).toHaveLength(0);
  });

  test.each([
    { provider: "openai" as const, key: openAiKey(""), path: "/openai/v1/models" },
    { provider: "anthropic" as const, key: anthropicKey(""), path: "/anthropic/v1/models" },
    { provider: "clipdrop" as const, key: "clipdrop-key-1234567890", path: "/clipdrop/text-to-image/v1" },
  ])("$provider contacts only the configured host", async ({ provider, key, path }) => {
    const outcome = await checkCredential(provider, credential(key));

    expect(outcome.outcome).toBe("accepted");
    expect(fake().requests).toHaveLength(1);
    expect(fake().requests[0].host).toBe(new URL(fake().origin).host);
    expect(fake().requests[0].path).toBe(path);
  });

  test.each([
    { provider: "openai" as const, key: openAiKey("echo") },
    { provider: "anthropic" as const, key: anthropicKey("echo") },
    { provider: "clipdrop" as const, key: "clipdrop-echo-secret-5678" },
  ])("$provider echo never repeats the key", async ({ provider, key }) => {
    const outcome = await checkCredential(provider, credential(key));

    expect(outcome.outcome).toBe("rejected");
    expect(JSON.stringify(outcome)).not.toContain(key);
  });

  test.each([
    { provider: "openai" as const, key: openAiKey("rejected"), status: 401 },
    { provider: "anthropic" as const, key: anthropicKey("rejected"), status: 401 },
    { provider: "anthropic" as const, key: anthropicKey("forbidden"), status: 403 },
    { provider: "clipdrop" as const, key: "clipdrop-rejected-1234", status: 403 },
  ])("$provider $status is sent once", async ({ provider, key, status }) => {
    const outcome = await checkCredential(provider, credential(key));

    expect(outcome).toMatchObject({ outcome: "rejected", httpStatus: status });
    expect(fake().requests).toHaveLength(1);
  });

  test.each([
    { provider: "openai" as const, key: openAiKey("hang") },
    { provider: "anthropic" as const, key: anthropicKey("hang") },
    { provider: "clipdrop" as const, key: "clipdrop-hang-1234" },
  ])("$provider hang times out", async ({ provider, key }) => {
    const started = performance.now();
    const outcome = await checkCredential(provider, credential(key), { timeoutMs: 300 });
    const elapsed = performance.now() - started;

    expect(outcome).toEqual({ outcome: "unavailable", httpStatus: null, errorCode: null, reason: "timed out after 300 ms" });
    expect(elapsed).toBeLessThan(2000);
    expect(fake().requests).toHaveLength(1);
  });

  test("timeout default comes from PROVIDER_CHECK_TIMEOUT_MS", async () => {
    vi.stubEnv("PROVIDER_CHECK_TIMEOUT_MS", "250");
    try {
      const outcome = await checkCredential("openai", credential(openAiKey("hang")));

      expect(outcome).toMatchObject({ outcome: "unavailable", reason: "timed out after 250 ms" });
    } finally {
      vi.stubEnv("PROVIDER_CHECK_TIMEOUT_MS", "");
    }
  });

  test("invalid PROVIDER_CHECK_TIMEOUT_MS names the variable", async () => {
    vi.stubEnv("PROVIDER_CHECK_TIMEOUT_MS", "soon");
    try {
      await expect(checkCredential("openai", credential(openAiKey("")))).rejects.toThrow(/PROVIDER_CHECK_TIMEOUT_MS/);
      expect(fake().requests).toHaveLength(0);
    } finally {
      vi.stubEnv("PROVIDER_CHECK_TIMEOUT_MS", "");
    }
  });

  test("slow reply within the timeout", async () => {
    const outcome = await checkCredential("openai", credential(openAiKey("slow")));

    expect(outcome).toMatchObject({ outcome: "accepted", httpStatus: 200 });
  });

  test("slow reply past the timeout", async () => {
    const outcome = await checkCredential("anthropic", credential(anthropicKey("slow")), { timeoutMs: 500 });

    expect(outcome).toMatchObject({ outcome: "unavailable", httpStatus: null, reason: "timed out after 500 ms" });
  });

  test("refused connection is unavailable", async () => {
    vi.stubEnv("OPENAI_BASE_URL", await closedPortUrl());
    try {
      const outcome = await checkCredential("openai", credential(openAiKey("")));

      expect(outcome).toEqual({ outcome: "unavailable", httpStatus: null, errorCode: null, reason: "connection refused" });
    } finally {
      vi.stubEnv("OPENAI_BASE_URL", fake().baseUrls.openai);
    }
  });

  test("redirect to another host is not followed", async () => {
    // A server standing in for a compromised or misconfigured upstream that redirects to a different host.
    const redirector = http.createServer((_request, response) => {
      response.writeHead(302, { location: `${fake().baseUrls.openai}/models` });
      response.end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, "127.0.0.1", resolve));
    vi.stubEnv("OPENAI_BASE_URL", `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/v1`);

    try {
      const outcome = await checkCredential("openai", credential(openAiKey("")));

      expect(outcome).toMatchObject({ outcome: "unavailable", httpStatus: 302 });
      expect(fake().requests).toHaveLength(0);
    } finally {
      vi.stubEnv("OPENAI_BASE_URL", fake().baseUrls.openai);
      redirector.closeAllConnections();
      await new Promise((resolve) => redirector.close(resolve));
    }
  });

  test.each([
    { label: "line break in the key", provider: "openai" as const, input: credential(`${openAiKey("")}\nX-Injected: 1`), field: "the API key" },
    { label: "non-Latin-1 key", provider: "anthropic" as const, input: credential(`${anthropicKey("")}€`), field: "the API key" },
    { label: "key with a trailing space", provider: "clipdrop" as const, input: credential("clipdrop-key-1234567890 "), field: "the API key" },
    {
      label: "line break in the org id",
      provider: "openai" as const,
      input: { apiKey: openAiKey(""), providerOrgId: "org-1\r\n", providerProjectId: null },
      field: "the organization id",
    },
  ])("$label is never sent", async ({ provider, input, field }) => {
    const outcome = await checkCredential(provider, input);

    expect(outcome).toMatchObject({ outcome: "unavailable", httpStatus: null });
    expect(outcome).toHaveProperty("reason", `${field} contains characters that cannot be sent in an HTTP header`);
    expect(JSON.stringify(outcome)).not.toContain(input.apiKey);
    expect(fake().requests).toHaveLength(0);
  });
});

describe("providerDisplayName", () => {
  test.each<[ProviderName, string]>([
    ["openai", "OpenAI"],
    ["anthropic", "Anthropic"],
    ["clipdrop", "ClipDrop"],
    ["aitronos", "Aitronos"],
  ])("%s is %s", (provider, name) => {
    expect(providerDisplayName(provider)).toBe(name);
  });
});
