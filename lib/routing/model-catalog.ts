import "server-only";

import type { ProviderName } from "@/lib/providers/types";

/** The type of output of a model: chat completions, generated images, or an edit of a given image. */
export type ModelKind = "chat" | "image" | "image_operation";

/** One model family that Switchboard routes by name. */
export type CatalogModel = {
  /** The family name callers use, such as "gpt-4o". Case-sensitive. */
  name: string;
  provider: ProviderName;
  kind: ModelKind;
  /** The model id sent to the provider when a caller requests `name` itself. */
  upstreamId: string;
  /**
   * Other ids of this family that share no suffix rule with it, such as
   * "chatgpt-4o-latest" for gpt-4o. The provider receives them unchanged.
   */
  namedAliases?: readonly string[];
};

/**
 * A name pattern that routes a whole open-ended family. `*` is one or more
 * characters of [A-Za-z0-9._-], and the pattern must cover the whole id.
 */
export type CatalogPattern = {
  pattern: string;
  provider: ProviderName;
  kind: ModelKind;
};

export type ModelCatalog = {
  models: readonly CatalogModel[];
  patterns: readonly CatalogPattern[];
};

/**
 * The models of every provider Switchboard connects to. Adding a model is
 * adding one entry. The order of entries sets the order of the routing table
 * only, never which entry matches an id.
 */
export const MODEL_CATALOG: ModelCatalog = {
  models: [
    { name: "ftg-2.0", provider: "aitronos", kind: "chat", upstreamId: "ftg-2.0" },
    { name: "ftg-2.0-mini", provider: "aitronos", kind: "chat", upstreamId: "ftg-2.0-mini" },

    {
      name: "gpt-4o",
      provider: "openai",
      kind: "chat",
      upstreamId: "gpt-4o",
      // OpenAI's ChatGPT snapshot of gpt-4o, whose id does not start with "gpt-4o".
      namedAliases: ["chatgpt-4o-latest"],
    },
    { name: "gpt-4o-mini", provider: "openai", kind: "chat", upstreamId: "gpt-4o-mini" },
    {
      name: "gpt-4-turbo",
      provider: "openai",
      kind: "chat",
      upstreamId: "gpt-4-turbo",
      namedAliases: ["gpt-4-turbo-preview"],
    },
    { name: "dall-e-3", provider: "openai", kind: "image", upstreamId: "dall-e-3" },
    { name: "dall-e-2", provider: "openai", kind: "image", upstreamId: "dall-e-2" },

    // Anthropic rejects the undated family names, so each one is sent as an id
    // Anthropic accepts. claude-3-haiku has no -latest alias, so it is pinned to
    // the snapshot claude-3-haiku-20240307.
    {
      name: "claude-3-5-sonnet",
      provider: "anthropic",
      kind: "chat",
      upstreamId: "claude-3-5-sonnet-latest",
    },
    { name: "claude-3-opus", provider: "anthropic", kind: "chat", upstreamId: "claude-3-opus-latest" },
    { name: "claude-3-haiku", provider: "anthropic", kind: "chat", upstreamId: "claude-3-haiku-20240307" },

    {
      name: "clipdrop-text-to-image",
      provider: "clipdrop",
      kind: "image_operation",
      upstreamId: "clipdrop-text-to-image",
    },
    { name: "clipdrop-upscale", provider: "clipdrop", kind: "image_operation", upstreamId: "clipdrop-upscale" },
    { name: "clipdrop-cleanup", provider: "clipdrop", kind: "image_operation", upstreamId: "clipdrop-cleanup" },
    {
      name: "clipdrop-remove-background",
      provider: "clipdrop",
      kind: "image_operation",
      upstreamId: "clipdrop-remove-background",
    },
    {
      name: "clipdrop-replace-background",
      provider: "clipdrop",
      kind: "image_operation",
      upstreamId: "clipdrop-replace-background",
    },
  ],
  patterns: [{ pattern: "freddy-*", provider: "aitronos", kind: "chat" }],
};
