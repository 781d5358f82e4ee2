import "server-only";

/**
 * Matching a requested model id to the catalog entry that serves it.
 *
 * The rules apply in this order, and the first that fits decides:
 *
 * 1. exact: the id is a catalog model name. The provider receives the
 *    entry's upstreamId, which for Anthropic's undated family names is an id
 *    Anthropic accepts (claude-3-opus → claude-3-opus-latest).
 * 2. named_alias: the id is listed in a family's namedAliases
 *    (chatgpt-4o-latest → gpt-4o).
 * 3. dated_snapshot or latest_alias: the id is a family name followed by
 *    "-YYYY-MM-DD", "-YYYYMMDD" (month 01–12, day 01–31) or "-latest". The
 *    suffix is parsed off the end and the rest must be a family name exactly,
 *    so gpt-4o-mini-2024-07-18 is gpt-4o-mini and never gpt-4o, and
 *    gpt-4o-2024-08-06-extra matches nothing.
 * 4. pattern: a catalog pattern covers the whole id, with `*` standing for one
 *    or more characters of [A-Za-z0-9._-]. When several patterns fit, the one
 *    with the longest literal part wins, then the first in code-unit order.
 * 5. Otherwise there is no match.
 *
 * For rules 2 to 4 the provider receives the caller's id unchanged.
 *
 * No rule depends on the order of catalog entries, and no id matches a family
 * through a prefix alone: gpt-4 is neither gpt-4o nor gpt-4-turbo.
 *
 * Matching is case-sensitive, because providers treat model ids as
 * case-sensitive and an id rewritten to lower case can miss the model it named
 * upstream. suggestModel reports the family a wrongly cased id was meant for.
 * Ids that are empty, longer than MAX_MODEL_ID_LENGTH or that contain
 * whitespace or control characters never match.
 *
 * NOTE: the suffix rules apply to every family, so ids that the provider does
 * not serve, such as claude-3-haiku-latest or dall-e-3-2024-01-01, still route
 * to that provider, and its own error reports the unknown model.
 */

import { buildCatalogIndex, type CatalogIndex } from "@/lib/routing/catalog-index";
import { MODEL_CATALOG, type CatalogModel, type ModelCatalog, type ModelKind } from "@/lib/routing/model-catalog";
import { isWellFormedModelId, splitVariantSuffix } from "@/lib/routing/model-id-syntax";
import type { ProviderName } from "@/lib/providers/types";

export type MatchRule = "exact" | "dated_snapshot" | "latest_alias" | "named_alias" | "pattern";

/** The catalog entry that serves a requested model id, and the id to send its provider. */
export type ModelMatch = {
  /** The caller's id exactly as sent. */
  requestedModel: string;
  rule: MatchRule;
  /** The catalog model name, or the pattern text (such as "freddy-*") for a pattern match. */
  family: string;
  provider: ProviderName;
  kind: ModelKind;
  upstreamId: string;
};

// Indexes built per catalog object, because matchModel runs on every route
// lookup. Catalogs are read-only, so an index stays valid for its catalog's life.
const indexCache = new WeakMap<ModelCatalog, { exact?: CatalogIndex; ignoringCase?: CatalogIndex }>();

function catalogIndex(catalog: ModelCatalog, ignoreCase: boolean): CatalogIndex {
  let cached = indexCache.get(catalog);
  if (!cached) {
    cached = {};
    indexCache.set(catalog, cached);
  }
  if (ignoreCase) {
    cached.ignoringCase ??= buildCatalogIndex(catalog, { ignoreCase: true });
    return cached.ignoringCase;
  }
  cached.exact ??= buildCatalogIndex(catalog, { ignoreCase: false });
  return cached.exact;
}

/** Finds the catalog entry that serves `modelId`, by the rules in this module's header, or returns null. */
export function matchModel(modelId: string, catalog: ModelCatalog = MODEL_CATALOG): ModelMatch | null {
  if (!isWellFormedModelId(modelId)) return null;
  return matchInIndex(modelId, catalogIndex(catalog, false));
}

/**
 * Returns the family that `modelId` would match if letter case were ignored,
 * for a "did you mean …?" message: "gpt-4o" for "GPT-4o", "claude-3-5-sonnet"
 * for "CLAUDE-3-5-SONNET-20241022", and the pattern text for a pattern
 * ("freddy-*" for "FREDDY-1"). Returns null when the id already matches as
 * sent, is not well formed, or matches nothing in any letter case.
 */
export function suggestModel(modelId: string, catalog: ModelCatalog = MODEL_CATALOG): string | null {
  if (!isWellFormedModelId(modelId)) return null;
  if (matchModel(modelId, catalog) !== null) return null;

  const caseInsensitiveMatch = matchInIndex(modelId, catalogIndex(catalog, true));
  return caseInsensitiveMatch?.family ?? null;
}

function matchInIndex(modelId: string, index: CatalogIndex): ModelMatch | null {
  const key = index.ignoreCase ? modelId.toLowerCase() : modelId;

  const exactModel = index.modelsByName.get(key);
  if (exactModel) return matchOfModel(modelId, exactModel, "exact", exactModel.upstreamId);

  const aliasedModel = index.modelsByNamedAlias.get(key);
  if (aliasedModel) return matchOfModel(modelId, aliasedModel, "named_alias", modelId);

  const variant = splitVariantSuffix(key);
  const variantModel = variant ? index.modelsByName.get(variant.stem) : undefined;
  if (variant && variantModel) return matchOfModel(modelId, variantModel, variant.rule, modelId);

  // Patterns are sorted most specific first, so the first one that fits is the result.
  const pattern = index.patterns.find((candidate) => candidate.expression.test(key));
  if (pattern) {
    const { entry } = pattern;
    return {
      requestedModel: modelId,
      rule: "pattern",
      family: entry.pattern,
      provider: entry.provider,
      kind: entry.kind,
      upstreamId: modelId,
    };
  }

  return null;
}

function matchOfModel(modelId: string, model: CatalogModel, rule: MatchRule, upstreamId: string): ModelMatch {
  return {
    requestedModel: modelId,
    rule,
    family: model.name,
    provider: model.provider,
    kind: model.kind,
    upstreamId,
  };
}
