import { describe, expect, test, vi } from "vitest";

import { startFakeProviders } from "@/e2e/fake-providers/fake-provider-server";

describe("startFakeProviders", () => {
  test("listens on loopback with base URLs", async () => {
    const fake = await startFakeProviders();
    try {
      expect(fake.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(fake.baseUrls).toEqual({
        openai: `${fake.origin}/openai/v1`,
        anthropic: `${fake.origin}/anthropic`,
        clipdrop: `${fake.origin}/clipdrop`,
      });
    } finally {
      await fake.close();
    }
  });

  test("records what it received", async () => {
    const fake = await startFakeProviders();
    try {
      await fetch(`${fake.baseUrls.openai}/models`, {
        headers: { authorization: "Bearer sk-test-T3BlbkFJ", "openai-organization": "org-1", "openai-project": "proj_1" },
      });

      expect(fake.requests).toEqual([
        {
          provider: "openai",
          method: "GET",
          path: "/openai/v1/models",
          host: new URL(fake.origin).host,
          apiKey: "sk-test-T3BlbkFJ",
          organization: "org-1",
          project: "proj_1",
          anthropicVersion: null,
          contentType: null,
        },
      ]);
    } finally {
      await fake.close();
    }
  });

  test("unknown prefix gets 404", async () => {
    const fake = await startFakeProviders();
    try {
      const response = await fetch(`${fake.origin}/elsewhere/v1/models`);
      await response.body?.cancel();

      expect(response.status).toBe(404);
      expect(fake.requests[0].provider).toBeNull();
    } finally {
      await fake.close();
    }
  });

  test("ClipDrop form with a prompt gets an image", async () => {
    const fake = await startFakeProviders();
    try {
      const form = new FormData();
      form.set("prompt", "a lighthouse at dusk");
      const response = await fetch(`${fake.baseUrls.clipdrop}/text-to-image/v1`, { method: "POST", headers: { "x-api-key": "key-1" }, body: form });
      await response.arrayBuffer();

      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-remaining-credits")).toBe("99");
    } finally {
      await fake.close();
    }
  });

  test("close ends a hanging request promptly", async () => {
    const fake = await startFakeProviders();
    const hanging = fetch(`${fake.baseUrls.anthropic}/v1/models`, { headers: { "x-api-key": "sk-ant-hang" } }).then(
      () => "responded",
      () => "failed",
    );
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));

    const started = performance.now();
    await fake.close();

    expect(performance.now() - started).toBeLessThan(1000);
    expect(await hanging).toBe("failed");
  });

  test("close cancels a pending slow reply", async () => {
    const fake = await startFakeProviders();
    const slow = fetch(`${fake.baseUrls.clipdrop}/text-to-image/v1`, { method: "POST", headers: { "x-api-key": "slow-key" }, body: new FormData() }).then(
      () => "responded",
      () => "failed",
    );
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));

    const started = performance.now();
    await fake.close();

    expect(performance.now() - started).toBeLessThan(1000);
    expect(await slow).toBe("failed");
  });
});
