import { describe, expect, test } from "vitest";

import { buildCatalogIndex } from "@/lib/routing/catalog-index";
import { MODEL_CATALOG, type CatalogModel, type ModelCatalog } from "@/lib/routing/model-catalog";
import { PROVIDER_NAMES } from "@/lib/providers/types";

const MODELS_BY_PROVIDER = {
  aitronos: ["ftg-2.0", "ftg-2.0-mini"],
  openai: ["gpt-4o", "gpt-4o-mini", "gpt-4-turbo", "dall-e-3", "dall-e-2"],
  anthropic: ["claude-3-5-sonnet", "claude-3-opus", "claude-3-haiku"],
  clipdrop: [
    "clipdrop-text-to-image",
    "clipdrop-upscale",
    "clipdrop-cleanup",
    "clipdrop-remove-background",
    "clipdrop-replace-background",
  ],
} as const;

function catalogWith(models: CatalogModel[], patterns: ModelCatalog["patterns"] = []): ModelCatalog {
  return { models, patterns };
}

const gpt4o: CatalogModel = { name: "gpt-4o", provider: "openai", kind: "chat", upstreamId: "gpt-4o" };

describe("MODEL_CATALOG", () => {
  test.each(PROVIDER_NAMES)("lists every model of %s", (provider) => {
    const names = MODEL_CATALOG.models.filter((model) => model.provider === provider).map((model) => model.name);
    expect(names).toEqual(MODELS_BY_PROVIDER[provider]);
  });

  test("freddy pattern belongs to aitronos", () => {
    expect(MODEL_CATALOG.patterns).toEqual([{ pattern: "freddy-*", provider: "aitronos", kind: "chat" }]);
  });

  test("Anthropic families send accepted ids", () => {
    const upstreamIds = Object.fromEntries(
      MODEL_CATALOG.models.filter((model) => model.provider === "anthropic").map((m) => [m.name, m.upstreamId]),
    );
    expect(upstreamIds).toEqual({
      "claude-3-5-sonnet": "claude-3-5-sonnet-latest",
      "claude-3-opus": "claude-3-opus-latest",
      "claude-3-haiku": "claude-3-haiku-20240307",
    });
  });

  test("other families send their own name", () => {
    for (const model of MODEL_CATALOG.models.filter((entry) => entry.provider !== "anthropic")) {
      expect(model.upstreamId, model.name).toBe(model.name);
    }
  });

  test("kinds of models", () => {
    const kindOf = (name: string) => MODEL_CATALOG.models.find((model) => model.name === name)?.kind;
    expect(kindOf("gpt-4o")).toBe("chat");
    expect(kindOf("ftg-2.0")).toBe("chat");
    expect(kindOf("claude-3-haiku")).toBe("chat");
    expect(kindOf("dall-e-3")).toBe("image");
    expect(kindOf("dall-e-2")).toBe("image");
    for (const name of MODELS_BY_PROVIDER.clipdrop) {
      expect(kindOf(name), name).toBe("image_operation");
    }
  });

  test("is a valid catalog", () => {
    expect(() => buildCatalogIndex(MODEL_CATALOG, { ignoreCase: false })).not.toThrow();
    expect(() => buildCatalogIndex(MODEL_CATALOG, { ignoreCase: true })).not.toThrow();
  });
});

describe("buildCatalogIndex", () => {
  test("rejects a repeated name", () => {
    const catalog = catalogWith([gpt4o, { ...gpt4o, provider: "aitronos" }]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/"gpt-4o".*unique/);
  });

  test("rejects names differing by case", () => {
    const catalog = catalogWith([gpt4o, { ...gpt4o, name: "GPT-4o" }]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/"GPT-4o"/);
  });

  test("rejects an alias equal to a name", () => {
    const gpt4oMini: CatalogModel = { ...gpt4o, name: "gpt-4o-mini", namedAliases: ["gpt-4o"] };
    expect(() => buildCatalogIndex(catalogWith([gpt4o, gpt4oMini]), { ignoreCase: false })).toThrow(/"gpt-4o"/);
  });

  test("rejects an alias listed twice", () => {
    const catalog = catalogWith([
      { ...gpt4o, namedAliases: ["chatgpt-4o-latest"] },
      { ...gpt4o, name: "gpt-4o-mini", namedAliases: ["chatgpt-4o-latest"] },
    ]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/"chatgpt-4o-latest"/);
  });

  test("rejects an alias that is another family's variant", () => {
    const catalog = catalogWith([gpt4o, { ...gpt4o, name: "gpt-4o-mini", namedAliases: ["gpt-4o-latest"] }]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/variant of "gpt-4o"/);
  });

  test("accepts an alias that is its own family's variant", () => {
    const catalog = catalogWith([{ ...gpt4o, namedAliases: ["gpt-4o-latest"] }]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).not.toThrow();
  });

  test("rejects a name with whitespace", () => {
    const catalog = catalogWith([{ ...gpt4o, name: "gpt 4o" }]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/invalid model id "gpt 4o"/);
  });

  test("rejects a pattern without wildcard", () => {
    const catalog = catalogWith([], [{ pattern: "freddy", provider: "aitronos", kind: "chat" }]);
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/"freddy" has no "\*"/);
  });

  test("rejects a repeated pattern", () => {
    const catalog = catalogWith(
      [],
      [
        { pattern: "freddy-*", provider: "aitronos", kind: "chat" },
        { pattern: "FREDDY-*", provider: "openai", kind: "chat" },
      ],
    );
    expect(() => buildCatalogIndex(catalog, { ignoreCase: false })).toThrow(/"FREDDY-\*" is listed twice/);
  });

  test("orders patterns by specificity", () => {
    const catalog = catalogWith(
      [],
      [
        { pattern: "a-*", provider: "aitronos", kind: "chat" },
        { pattern: "c-*-x", provider: "aitronos", kind: "chat" },
        { pattern: "b-*-x", provider: "aitronos", kind: "chat" },
        { pattern: "long-*", provider: "aitronos", kind: "chat" },
      ],
    );
    const order = buildCatalogIndex(catalog, { ignoreCase: false }).patterns.map((compiled) => compiled.entry.pattern);
    expect(order).toEqual(["long-*", "b-*-x", "c-*-x", "a-*"]);
  });
});
