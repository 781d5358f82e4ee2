import "server-only";

import type { CatalogModel, CatalogPattern, ModelCatalog } from "@/lib/routing/model-catalog";
import { isWellFormedModelId, splitVariantSuffix } from "@/lib/routing/model-id-syntax";

/** The characters one `*` of a pattern matches, at least one of them. */
const WILDCARD_SOURCE = "[A-Za-z0-9._-]+";

export type CompiledPattern = {
  entry: CatalogPattern;
  expression: RegExp;
  /** The number of characters of the pattern other than `*`, the measure of how specific it is. */
  literalLength: number;
};

/**
 * Lookup tables over one catalog. With `ignoreCase`, every key is lower-cased
 * and so must be every id looked up in it, which is how suggestions find a
 * family whose letter case differs from the caller's id.
 */
export type CatalogIndex = {
  ignoreCase: boolean;
  modelsByName: ReadonlyMap<string, CatalogModel>;
  modelsByNamedAlias: ReadonlyMap<string, CatalogModel>;
  /** Most specific first: longest literal part, then the pattern text in code-unit order. */
  patterns: readonly CompiledPattern[];
};

/**
 * Builds the lookup tables of `catalog`, so that matching never depends on the
 * order of its entries. Throws an Error that names the entry when the catalog
 * is ambiguous or invalid. That is the case for a name, named alias or pattern
 * repeated with letter case ignored, and for a named alias that is also a
 * dated or -latest variant of another family. It is also the case for a
 * pattern without `*` and for a name or alias that is not a well-formed model id.
 */
export function buildCatalogIndex(catalog: ModelCatalog, options: { ignoreCase: boolean }): CatalogIndex {
  const toKey = (text: string) => (options.ignoreCase ? text.toLowerCase() : text);

  // Names and aliases share one namespace, so an id can never be both.
  const ownerByFoldedId = new Map<string, string>();
  const claimId = (id: string, owner: string) => {
    if (!isWellFormedModelId(id)) {
      throw new Error(`Model catalog entry "${owner}" has an invalid model id "${id}".`);
    }
    const folded = id.toLowerCase();
    const previousOwner = ownerByFoldedId.get(folded);
    if (previousOwner !== undefined) {
      throw new Error(
        `Model catalog id "${id}" of "${owner}" repeats an id of "${previousOwner}". Names and aliases must be unique, letter case ignored.`,
      );
    }
    ownerByFoldedId.set(folded, owner);
  };

  const modelsByName = new Map<string, CatalogModel>();
  for (const model of catalog.models) {
    claimId(model.name, model.name);
    modelsByName.set(toKey(model.name), model);
  }

  const modelsByNamedAlias = new Map<string, CatalogModel>();
  for (const model of catalog.models) {
    for (const alias of model.namedAliases ?? []) {
      claimId(alias, model.name);
      rejectAliasOfAnotherFamily(alias, model, catalog.models);
      modelsByNamedAlias.set(toKey(alias), model);
    }
  }

  return {
    ignoreCase: options.ignoreCase,
    modelsByName,
    modelsByNamedAlias,
    patterns: compilePatterns(catalog.patterns, options.ignoreCase),
  };
}

// Named aliases are looked up before suffix rules, so an alias that also reads
// as a variant of another family would silently move that variant.
function rejectAliasOfAnotherFamily(alias: string, owner: CatalogModel, models: readonly CatalogModel[]): void {
  const variant = splitVariantSuffix(alias.toLowerCase());
  if (!variant) return;

  const family = models.find((model) => model.name.toLowerCase() === variant.stem);
  if (family && family !== owner) {
    throw new Error(
      `Named alias "${alias}" of "${owner.name}" is also a variant of "${family.name}". Remove the alias or list it under "${family.name}".`,
    );
  }
}

function compilePatterns(patterns: readonly CatalogPattern[], ignoreCase: boolean): CompiledPattern[] {
  const seen = new Set<string>();
  const compiled = patterns.map((entry) => {
    if (!entry.pattern.includes("*")) {
      throw new Error(`Model catalog pattern "${entry.pattern}" has no "*". List it as a model instead.`);
    }
    const folded = entry.pattern.toLowerCase();
    if (seen.has(folded)) {
      throw new Error(`Model catalog pattern "${entry.pattern}" is listed twice, letter case ignored.`);
    }
    seen.add(folded);

    return {
      entry,
      expression: compilePattern(entry.pattern, ignoreCase),
      literalLength: entry.pattern.replaceAll("*", "").length,
    };
  });

  return compiled.sort(compareBySpecificity);
}

/** Compiles a pattern to an expression anchored at both ends, with every character but `*` taken literally. */
export function compilePattern(pattern: string, ignoreCase: boolean): RegExp {
  const source = pattern.split("*").map(escapeRegExp).join(WILDCARD_SOURCE);
  return new RegExp(`^(?:${source})$`, ignoreCase ? "i" : "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Code-unit order rather than localeCompare, so the order is the same on every machine.
function compareBySpecificity(left: CompiledPattern, right: CompiledPattern): number {
  if (left.literalLength !== right.literalLength) return right.literalLength - left.literalLength;
  if (left.entry.pattern < right.entry.pattern) return -1;
  if (left.entry.pattern > right.entry.pattern) return 1;
  return 0;
}
