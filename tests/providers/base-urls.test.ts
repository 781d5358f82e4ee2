import { afterEach, describe, expect, test, vi } from "vitest";

import { providerBaseUrl } from "@/lib/providers/base-urls";
import type { ProviderName } from "@/lib/providers/types";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("providerBaseUrl", () => {
  test.each<[ProviderName, string, string]>([
    ["openai", "OPENAI_BASE_URL", "https://api.openai.com/v1"],
    ["anthropic", "ANTHROPIC_BASE_URL", "https://api.anthropic.com"],
    ["clipdrop", "CLIPDROP_BASE_URL", "https://clipdrop-api.co"],
    ["aitronos", "AITRONOS_BASE_URL", "https://api.aitronos.com/v1"],
  ])("%s defaults to the public host", (provider, variable, expected) => {
    vi.stubEnv(variable, "");

    expect(providerBaseUrl(provider)).toBe(expected);
  });

  test("reads the variable on each call", () => {
    vi.stubEnv("OPENAI_BASE_URL", "http://127.0.0.1:4010/openai/v1");
    expect(providerBaseUrl("openai")).toBe("http://127.0.0.1:4010/openai/v1");

    vi.stubEnv("OPENAI_BASE_URL", "http://127.0.0.1:4011/openai/v1");
    expect(providerBaseUrl("openai")).toBe("http://127.0.0.1:4011/openai/v1");
  });

  test.each([
    ["http://127.0.0.1:4010/anthropic/", "http://127.0.0.1:4010/anthropic"],
    ["http://127.0.0.1:4010/anthropic//", "http://127.0.0.1:4010/anthropic"],
    ["https://API.anthropic.com/", "https://api.anthropic.com"],
    ["  https://api.anthropic.com  ", "https://api.anthropic.com"],
  ])("normalizes %j", (configured, expected) => {
    vi.stubEnv("ANTHROPIC_BASE_URL", configured);

    expect(providerBaseUrl("anthropic")).toBe(expected);
  });

  test.each([
    ["not a URL", "api.clipdrop.co"],
    ["another scheme", "ftp://clipdrop-api.co"],
    ["credentials", "https://user:hunter2-password@clipdrop-api.co"],
    ["a query", "https://clipdrop-api.co/?key=abc"],
    ["a fragment", "https://clipdrop-api.co/#top"],
  ])("rejects %s and names the variable", (_label, configured) => {
    vi.stubEnv("CLIPDROP_BASE_URL", configured);

    expect(() => providerBaseUrl("clipdrop")).toThrow(/CLIPDROP_BASE_URL/);
  });

  test("error leaves out the configured value", () => {
    vi.stubEnv("CLIPDROP_BASE_URL", "https://user:hunter2-password@clipdrop-api.co");

    expect(() => providerBaseUrl("clipdrop")).toThrow(expect.objectContaining({ message: expect.not.stringContaining("hunter2") }));
  });
});
