import { describe, expect, test } from "vitest";

import { MODEL_CATALOG } from "@/lib/routing/model-catalog";
import { buildRoutingTable, resolveRoute, type RoutableIntegration } from "@/lib/routing/resolve-route";

// Shaped like the demo organization: openai and anthropic active, aitronos
// active, clipdrop switched off, and an older inactive openai integration.
const DEMO_INTEGRATIONS: RoutableIntegration[] = [
  { id: "int_openai_current", providerName: "openai", isActive: true },
  { id: "int_anthropic", providerName: "anthropic", isActive: true },
  { id: "int_aitronos", providerName: "aitronos", isActive: true },
  { id: "int_clipdrop", providerName: "clipdrop", isActive: false },
  { id: "int_openai_old", providerName: "openai", isActive: false },
];

describe("resolveRoute", () => {
  test("routable to the active integration", () => {
    const resolution = resolveRoute("gpt-4o-2024-08-06", DEMO_INTEGRATIONS);

    expect(resolution.status).toBe("routable");
    if (resolution.status !== "routable") return;
    expect(resolution.integrationId).toBe("int_openai_current");
    expect(resolution.match.family).toBe("gpt-4o");
    expect(resolution.match.upstreamId).toBe("gpt-4o-2024-08-06");
  });

  test("routable exact Anthropic name", () => {
    const resolution = resolveRoute("claude-3-opus", DEMO_INTEGRATIONS);

    expect(resolution.status).toBe("routable");
    if (resolution.status !== "routable") return;
    expect(resolution.integrationId).toBe("int_anthropic");
    expect(resolution.match.upstreamId).toBe("claude-3-opus-latest");
  });

  test("routable pattern model", () => {
    const resolution = resolveRoute("freddy-1", DEMO_INTEGRATIONS);

    expect(resolution.status).toBe("routable");
    if (resolution.status !== "routable") return;
    expect(resolution.integrationId).toBe("int_aitronos");
  });

  test("unknown model is MODEL_NOT_FOUND", () => {
    expect(resolveRoute("gpt-5", DEMO_INTEGRATIONS)).toEqual({
      status: "MODEL_NOT_FOUND",
      requestedModel: "gpt-5",
      suggestion: null,
    });
  });

  test("wrong case gets a suggestion", () => {
    expect(resolveRoute("GPT-4o", DEMO_INTEGRATIONS)).toEqual({
      status: "MODEL_NOT_FOUND",
      requestedModel: "GPT-4o",
      suggestion: "gpt-4o",
    });
  });

  test("no integration is PROVIDER_NOT_CONFIGURED", () => {
    const integrations = DEMO_INTEGRATIONS.filter((integration) => integration.providerName !== "anthropic");
    const resolution = resolveRoute("claude-3-5-sonnet-20241022", integrations);

    expect(resolution.status).toBe("PROVIDER_NOT_CONFIGURED");
    if (resolution.status !== "PROVIDER_NOT_CONFIGURED") return;
    expect(resolution.match.provider).toBe("anthropic");
    expect(resolution.match.requestedModel).toBe("claude-3-5-sonnet-20241022");
  });

  test("empty list is PROVIDER_NOT_CONFIGURED", () => {
    expect(resolveRoute("ftg-2.0", []).status).toBe("PROVIDER_NOT_CONFIGURED");
  });

  test("only inactive is PROVIDER_INACTIVE", () => {
    const resolution = resolveRoute("clipdrop-upscale", DEMO_INTEGRATIONS);

    expect(resolution.status).toBe("PROVIDER_INACTIVE");
    if (resolution.status !== "PROVIDER_INACTIVE") return;
    expect(resolution.integrationIds).toEqual(["int_clipdrop"]);
    expect(resolution.match.family).toBe("clipdrop-upscale");
  });

  test("PROVIDER_INACTIVE lists every integration", () => {
    const integrations = DEMO_INTEGRATIONS.map((integration) =>
      integration.providerName === "openai" ? { ...integration, isActive: false } : integration,
    );
    const resolution = resolveRoute("gpt-4o", integrations);

    expect(resolution.status).toBe("PROVIDER_INACTIVE");
    if (resolution.status !== "PROVIDER_INACTIVE") return;
    expect(resolution.integrationIds).toEqual(["int_openai_current", "int_openai_old"]);
  });

  test("other provider's active integration does not route", () => {
    const integrations: RoutableIntegration[] = [{ id: "int_openai", providerName: "openai", isActive: true }];
    expect(resolveRoute("claude-3-haiku", integrations).status).toBe("PROVIDER_NOT_CONFIGURED");
  });

  test("two active integrations pick lowest id", () => {
    const integrations: RoutableIntegration[] = [
      { id: "int_b", providerName: "openai", isActive: true },
      { id: "int_a", providerName: "openai", isActive: true },
    ];

    for (const ordering of [integrations, [...integrations].reverse()]) {
      const resolution = resolveRoute("gpt-4o", ordering);
      expect(resolution.status).toBe("routable");
      if (resolution.status !== "routable") return;
      expect(resolution.integrationId).toBe("int_a");
    }
  });
});

describe("buildRoutingTable", () => {
  test("one row per model and pattern", () => {
    const rows = buildRoutingTable(DEMO_INTEGRATIONS);
    expect(rows).toHaveLength(MODEL_CATALOG.models.length + MODEL_CATALOG.patterns.length);
  });

  test("rows in catalog order grouped by provider", () => {
    const rows = buildRoutingTable(DEMO_INTEGRATIONS);

    expect(rows.map((row) => row.model)).toEqual([
      "ftg-2.0",
      "ftg-2.0-mini",
      "freddy-*",
      "gpt-4o",
      "gpt-4o-mini",
      "gpt-4-turbo",
      "dall-e-3",
      "dall-e-2",
      "claude-3-5-sonnet",
      "claude-3-opus",
      "claude-3-haiku",
      "clipdrop-text-to-image",
      "clipdrop-upscale",
      "clipdrop-cleanup",
      "clipdrop-remove-background",
      "clipdrop-replace-background",
    ]);
  });

  test("statuses of the demo organization", () => {
    const rows = buildRoutingTable(DEMO_INTEGRATIONS);
    const rowOf = (model: string) => rows.find((row) => row.model === model);

    expect(rowOf("gpt-4o")).toMatchObject({ status: "routable", integrationId: "int_openai_current" });
    expect(rowOf("claude-3-haiku")).toMatchObject({ status: "routable", integrationId: "int_anthropic" });
    expect(rowOf("freddy-*")).toMatchObject({ status: "routable", integrationId: "int_aitronos" });
    expect(rowOf("clipdrop-cleanup")).toMatchObject({ status: "provider_inactive", integrationId: null });
  });

  test("provider without integration", () => {
    const rows = buildRoutingTable([{ id: "int_aitronos", providerName: "aitronos", isActive: true }]);

    for (const row of rows.filter((entry) => entry.provider !== "aitronos")) {
      expect(row.status, row.model).toBe("provider_not_configured");
      expect(row.integrationId, row.model).toBeNull();
    }
  });

  test("model and pattern row fields", () => {
    const rows = buildRoutingTable(DEMO_INTEGRATIONS);

    expect(rows.find((row) => row.model === "claude-3-opus")).toEqual({
      model: "claude-3-opus",
      entryType: "model",
      provider: "anthropic",
      kind: "chat",
      upstreamId: "claude-3-opus-latest",
      status: "routable",
      integrationId: "int_anthropic",
    });
    expect(rows.find((row) => row.model === "freddy-*")).toEqual({
      model: "freddy-*",
      entryType: "pattern",
      provider: "aitronos",
      kind: "chat",
      upstreamId: null,
      status: "routable",
      integrationId: "int_aitronos",
    });
  });

  test("table agrees with resolveRoute", () => {
    for (const row of buildRoutingTable(DEMO_INTEGRATIONS).filter((entry) => entry.entryType === "model")) {
      const resolution = resolveRoute(row.model, DEMO_INTEGRATIONS);
      const expectedStatus = {
        routable: "routable",
        PROVIDER_INACTIVE: "provider_inactive",
        PROVIDER_NOT_CONFIGURED: "provider_not_configured",
        MODEL_NOT_FOUND: "model_not_found",
      }[resolution.status];
      expect(row.status, row.model).toBe(expectedStatus);
    }
  });
});
