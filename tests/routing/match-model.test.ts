import { describe, expect, test } from "vitest";

import { matchModel, suggestModel } from "@/lib/routing/match-model";
import { MODEL_CATALOG, type ModelCatalog } from "@/lib/routing/model-catalog";

import { MODEL_ID_CASES } from "./model-id-cases";

/** Returns a copy of `items` in a random order from a seeded generator, so a failure can be replayed. */
function shuffleWithSeed<T>(items: readonly T[], seed: number): T[] {
  // mulberry32, a small generator with a full 2^32 period.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };

  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const swapIndex = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[swapIndex]] = [shuffled[swapIndex], shuffled[index]];
  }
  return shuffled;
}

function reorderedCatalogs(catalog: ModelCatalog): { label: string; catalog: ModelCatalog }[] {
  const seeds = [1, 7, 42, 2024, 99991];
  return [
    {
      label: "reversed",
      catalog: { models: [...catalog.models].reverse(), patterns: [...catalog.patterns].reverse() },
    },
    ...seeds.map((seed) => ({
      label: `shuffled with seed ${seed}`,
      catalog: { models: shuffleWithSeed(catalog.models, seed), patterns: shuffleWithSeed(catalog.patterns, seed) },
    })),
  ];
}

describe("matchModel", () => {
  test("table has at least 70 cases", () => {
    expect(MODEL_ID_CASES.length).toBeGreaterThanOrEqual(70);
  });

  test.each(MODEL_ID_CASES)("$label", ({ modelId, expected }) => {
    const match = matchModel(modelId);

    if (expected === null) {
      expect(match).toBeNull();
      return;
    }
    expect(match).not.toBeNull();
    expect(match?.rule).toBe(expected.rule);
    expect(match?.family).toBe(expected.family);
    expect(match?.provider).toBe(expected.provider);
    expect(match?.upstreamId).toBe(expected.upstreamId);
    expect(match?.requestedModel).toBe(modelId);
  });

  test("kind comes from the family's entry", () => {
    expect(matchModel("gpt-4o-2024-08-06")?.kind).toBe("chat");
    expect(matchModel("dall-e-3")?.kind).toBe("image");
    expect(matchModel("clipdrop-cleanup")?.kind).toBe("image_operation");
    expect(matchModel("freddy-1")?.kind).toBe("chat");
  });

  test.each(reorderedCatalogs(MODEL_CATALOG))("same answers with catalog $label", ({ catalog }) => {
    for (const { modelId } of MODEL_ID_CASES) {
      expect(matchModel(modelId, catalog), modelId).toEqual(matchModel(modelId));
    }
  });

  test("shuffled catalogs differ from the original order", () => {
    // Guards the test above: it proves nothing if every shuffle returned the catalog unchanged.
    const names = MODEL_CATALOG.models.map((model) => model.name);
    for (const { catalog } of reorderedCatalogs(MODEL_CATALOG)) {
      expect(catalog.models.map((model) => model.name)).not.toEqual(names);
    }
  });
});

describe("matchModel with overlapping patterns", () => {
  const catalogWithPatterns: ModelCatalog = {
    models: MODEL_CATALOG.models,
    patterns: [
      { pattern: "freddy-*", provider: "aitronos", kind: "chat" },
      { pattern: "freddy-vision-*", provider: "openai", kind: "image" },
      { pattern: "*-vision-*", provider: "anthropic", kind: "chat" },
      { pattern: "freddy-*-beta", provider: "clipdrop", kind: "image_operation" },
      { pattern: "freddy-beta-*", provider: "anthropic", kind: "chat" },
    ],
  };

  const patternCases = [
    { label: "longest literal part wins", modelId: "freddy-vision-2", family: "freddy-vision-*" },
    { label: "suffix literal counts too", modelId: "freddy-x-beta", family: "freddy-*-beta" },
    { label: "longer literal beats suffix literal", modelId: "freddy-vision-beta", family: "freddy-vision-*" },
    { label: "equal literal length goes alphabetical", modelId: "freddy-beta-beta", family: "freddy-*-beta" },
    { label: "prefix literal pattern", modelId: "freddy-beta-2", family: "freddy-beta-*" },
    { label: "general pattern as fallback", modelId: "freddy-x", family: "freddy-*" },
    { label: "leading wildcard pattern", modelId: "gpt-vision-1", family: "*-vision-*" },
  ];

  test.each(patternCases)("$label", ({ modelId, family }) => {
    expect(matchModel(modelId, catalogWithPatterns)?.family).toBe(family);
  });

  test.each(reorderedCatalogs(catalogWithPatterns))("same pattern with catalog $label", ({ catalog }) => {
    for (const { modelId, family } of patternCases) {
      expect(matchModel(modelId, catalog)?.family, modelId).toBe(family);
    }
  });

  test("exact name beats a pattern", () => {
    const catalog: ModelCatalog = {
      models: MODEL_CATALOG.models,
      patterns: [{ pattern: "gpt-*", provider: "aitronos", kind: "chat" }],
    };

    expect(matchModel("gpt-4o", catalog)?.rule).toBe("exact");
    expect(matchModel("gpt-4o-2024-08-06", catalog)?.rule).toBe("dated_snapshot");
    expect(matchModel("gpt-5", catalog)?.rule).toBe("pattern");
  });

  test("pattern metacharacters are literal", () => {
    const catalog: ModelCatalog = {
      models: [],
      patterns: [{ pattern: "a.b+(c)-*", provider: "aitronos", kind: "chat" }],
    };

    expect(matchModel("a.b+(c)-1", catalog)?.family).toBe("a.b+(c)-*");
    expect(matchModel("axb+(c)-1", catalog)).toBeNull();
    expect(matchModel("a.bb(c)-1", catalog)).toBeNull();
  });
});

describe("suggestModel", () => {
  test.each([
    { label: "upper case GPT-4o", modelId: "GPT-4o", suggestion: "gpt-4o" },
    { label: "mixed case Gpt-4o-mini", modelId: "Gpt-4o-mini", suggestion: "gpt-4o-mini" },
    { label: "upper case dated id", modelId: "GPT-4O-MINI-2024-07-18", suggestion: "gpt-4o-mini" },
    { label: "upper case compact date", modelId: "CLAUDE-3-5-SONNET-20241022", suggestion: "claude-3-5-sonnet" },
    { label: "upper case -LATEST", modelId: "gpt-4o-LATEST", suggestion: "gpt-4o" },
    { label: "mixed case named alias", modelId: "ChatGPT-4o-latest", suggestion: "gpt-4o" },
    { label: "upper case pattern", modelId: "FREDDY-1", suggestion: "freddy-*" },
    { label: "id that already matches", modelId: "gpt-4o", suggestion: null },
    { label: "unknown id", modelId: "GPT-5", suggestion: null },
    { label: "upper case prefix only", modelId: "GPT-4", suggestion: null },
    { label: "upper case with space", modelId: "GPT-4o ", suggestion: null },
    { label: "empty id", modelId: "", suggestion: null },
  ])("$label", ({ modelId, suggestion }) => {
    expect(suggestModel(modelId)).toBe(suggestion);
  });

  test("suggestion does not depend on catalog order", () => {
    for (const { catalog } of reorderedCatalogs(MODEL_CATALOG)) {
      for (const { modelId } of MODEL_ID_CASES) {
        expect(suggestModel(modelId, catalog), modelId).toBe(suggestModel(modelId));
      }
    }
  });
});
