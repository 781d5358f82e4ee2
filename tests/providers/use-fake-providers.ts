import { afterAll, beforeAll, beforeEach, vi } from "vitest";

import { startFakeProviders, type FakeProviders } from "@/e2e/fake-providers/fake-provider-server";

/**
 * Starts the fake provider server for the calling test file and points
 * OPENAI_BASE_URL, ANTHROPIC_BASE_URL and CLIPDROP_BASE_URL at it. The
 * recorded requests are emptied before each test.
 */
export function useFakeProviders(): () => FakeProviders {
  let fake: FakeProviders | undefined;

  beforeAll(async () => {
    fake = await startFakeProviders();
    vi.stubEnv("OPENAI_BASE_URL", fake.baseUrls.openai);
    vi.stubEnv("ANTHROPIC_BASE_URL", fake.baseUrls.anthropic);
    vi.stubEnv("CLIPDROP_BASE_URL", fake.baseUrls.clipdrop);
    vi.stubEnv("PROVIDER_CHECK_TIMEOUT_MS", "");
  });

  beforeEach(() => {
    if (fake) fake.requests.length = 0;
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await fake?.close();
  });

  return () => {
    if (!fake) throw new Error("The fake providers are not running yet; call this inside a test.");
    return fake;
  };
}

/** Builds a key in OpenAI's shape (`sk-proj-…T3BlbkFJ…`) carrying the fake's marker. */
export function openAiKey(marker: string): string {
  return `sk-proj-A1b2C3d4${marker}T3BlbkFJe5F6g7H8ABCD`;
}

/** Builds a key in Anthropic's shape (`sk-ant-api03-…`) carrying the fake's marker. */
export function anthropicKey(marker: string): string {
  return `sk-ant-api03-Z9y8X7w6${marker}V5u4T3s2AA`;
}
