import type { MatchRule } from "@/lib/routing/match-model";
import type { ProviderName } from "@/lib/providers/types";

/** The part of a ModelMatch each case pins down. */
export type ExpectedMatch = {
  rule: MatchRule;
  family: string;
  provider: ProviderName;
  upstreamId: string;
};

export type ModelIdCase = { label: string; modelId: string; expected: ExpectedMatch | null };

const matches = (rule: MatchRule, family: string, provider: ProviderName, upstreamId: string): ExpectedMatch => ({
  rule,
  family,
  provider,
  upstreamId,
});

const MAX_LENGTH_FREDDY_ID = `freddy-${"a".repeat(193)}`;

/** Model ids with the match the default catalog must give them, or null for no match. */
export const MODEL_ID_CASES: ModelIdCase[] = [
  // Every catalog name, routed under its upstream id.
  { label: "exact ftg-2.0", modelId: "ftg-2.0", expected: matches("exact", "ftg-2.0", "aitronos", "ftg-2.0") },
  {
    label: "exact ftg-2.0-mini",
    modelId: "ftg-2.0-mini",
    expected: matches("exact", "ftg-2.0-mini", "aitronos", "ftg-2.0-mini"),
  },
  { label: "exact gpt-4o", modelId: "gpt-4o", expected: matches("exact", "gpt-4o", "openai", "gpt-4o") },
  {
    label: "exact gpt-4o-mini",
    modelId: "gpt-4o-mini",
    expected: matches("exact", "gpt-4o-mini", "openai", "gpt-4o-mini"),
  },
  {
    label: "exact gpt-4-turbo",
    modelId: "gpt-4-turbo",
    expected: matches("exact", "gpt-4-turbo", "openai", "gpt-4-turbo"),
  },
  { label: "exact dall-e-3", modelId: "dall-e-3", expected: matches("exact", "dall-e-3", "openai", "dall-e-3") },
  { label: "exact dall-e-2", modelId: "dall-e-2", expected: matches("exact", "dall-e-2", "openai", "dall-e-2") },
  {
    label: "exact claude-3-5-sonnet sends -latest",
    modelId: "claude-3-5-sonnet",
    expected: matches("exact", "claude-3-5-sonnet", "anthropic", "claude-3-5-sonnet-latest"),
  },
  {
    label: "exact claude-3-opus sends -latest",
    modelId: "claude-3-opus",
    expected: matches("exact", "claude-3-opus", "anthropic", "claude-3-opus-latest"),
  },
  {
    label: "exact claude-3-haiku sends its snapshot",
    modelId: "claude-3-haiku",
    expected: matches("exact", "claude-3-haiku", "anthropic", "claude-3-haiku-20240307"),
  },
  {
    label: "exact clipdrop-text-to-image",
    modelId: "clipdrop-text-to-image",
    expected: matches("exact", "clipdrop-text-to-image", "clipdrop", "clipdrop-text-to-image"),
  },
  {
    label: "exact clipdrop-upscale",
    modelId: "clipdrop-upscale",
    expected: matches("exact", "clipdrop-upscale", "clipdrop", "clipdrop-upscale"),
  },
  {
    label: "exact clipdrop-cleanup",
    modelId: "clipdrop-cleanup",
    expected: matches("exact", "clipdrop-cleanup", "clipdrop", "clipdrop-cleanup"),
  },
  {
    label: "exact clipdrop-remove-background",
    modelId: "clipdrop-remove-background",
    expected: matches("exact", "clipdrop-remove-background", "clipdrop", "clipdrop-remove-background"),
  },
  {
    label: "exact clipdrop-replace-background",
    modelId: "clipdrop-replace-background",
    expected: matches("exact", "clipdrop-replace-background", "clipdrop", "clipdrop-replace-background"),
  },

  // OpenAI dated snapshots seen in the wild.
  {
    label: "dated gpt-4o May 2024",
    modelId: "gpt-4o-2024-05-13",
    expected: matches("dated_snapshot", "gpt-4o", "openai", "gpt-4o-2024-05-13"),
  },
  {
    label: "dated gpt-4o August 2024",
    modelId: "gpt-4o-2024-08-06",
    expected: matches("dated_snapshot", "gpt-4o", "openai", "gpt-4o-2024-08-06"),
  },
  {
    label: "dated gpt-4o November 2024",
    modelId: "gpt-4o-2024-11-20",
    expected: matches("dated_snapshot", "gpt-4o", "openai", "gpt-4o-2024-11-20"),
  },
  {
    label: "dated gpt-4o-mini is not gpt-4o",
    modelId: "gpt-4o-mini-2024-07-18",
    expected: matches("dated_snapshot", "gpt-4o-mini", "openai", "gpt-4o-mini-2024-07-18"),
  },
  {
    label: "dated gpt-4-turbo",
    modelId: "gpt-4-turbo-2024-04-09",
    expected: matches("dated_snapshot", "gpt-4-turbo", "openai", "gpt-4-turbo-2024-04-09"),
  },

  // Anthropic dated snapshots and -latest aliases seen in the wild.
  {
    label: "dated claude-3-5-sonnet June 2024",
    modelId: "claude-3-5-sonnet-20240620",
    expected: matches("dated_snapshot", "claude-3-5-sonnet", "anthropic", "claude-3-5-sonnet-20240620"),
  },
  {
    label: "dated claude-3-5-sonnet October 2024",
    modelId: "claude-3-5-sonnet-20241022",
    expected: matches("dated_snapshot", "claude-3-5-sonnet", "anthropic", "claude-3-5-sonnet-20241022"),
  },
  {
    label: "dated claude-3-opus",
    modelId: "claude-3-opus-20240229",
    expected: matches("dated_snapshot", "claude-3-opus", "anthropic", "claude-3-opus-20240229"),
  },
  {
    label: "dated claude-3-haiku",
    modelId: "claude-3-haiku-20240307",
    expected: matches("dated_snapshot", "claude-3-haiku", "anthropic", "claude-3-haiku-20240307"),
  },
  {
    label: "latest claude-3-5-sonnet",
    modelId: "claude-3-5-sonnet-latest",
    expected: matches("latest_alias", "claude-3-5-sonnet", "anthropic", "claude-3-5-sonnet-latest"),
  },
  {
    label: "latest claude-3-opus",
    modelId: "claude-3-opus-latest",
    expected: matches("latest_alias", "claude-3-opus", "anthropic", "claude-3-opus-latest"),
  },

  // The suffix rules hold for every family, whether or not the provider lists that id.
  {
    label: "latest gpt-4o-mini",
    modelId: "gpt-4o-mini-latest",
    expected: matches("latest_alias", "gpt-4o-mini", "openai", "gpt-4o-mini-latest"),
  },
  {
    label: "latest ftg-2.0",
    modelId: "ftg-2.0-latest",
    expected: matches("latest_alias", "ftg-2.0", "aitronos", "ftg-2.0-latest"),
  },
  {
    label: "latest ftg-2.0-mini is not ftg-2.0",
    modelId: "ftg-2.0-mini-latest",
    expected: matches("latest_alias", "ftg-2.0-mini", "aitronos", "ftg-2.0-mini-latest"),
  },
  {
    label: "Anthropic-style date on OpenAI",
    modelId: "gpt-4o-mini-20240718",
    expected: matches("dated_snapshot", "gpt-4o-mini", "openai", "gpt-4o-mini-20240718"),
  },
  {
    label: "dated date December 31",
    modelId: "gpt-4o-2024-12-31",
    expected: matches("dated_snapshot", "gpt-4o", "openai", "gpt-4o-2024-12-31"),
  },

  // Named aliases.
  {
    label: "named chatgpt-4o-latest",
    modelId: "chatgpt-4o-latest",
    expected: matches("named_alias", "gpt-4o", "openai", "chatgpt-4o-latest"),
  },
  {
    label: "named gpt-4-turbo-preview",
    modelId: "gpt-4-turbo-preview",
    expected: matches("named_alias", "gpt-4-turbo", "openai", "gpt-4-turbo-preview"),
  },

  // Patterns.
  {
    label: "pattern freddy-1",
    modelId: "freddy-1",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy-1"),
  },
  {
    label: "pattern freddy-x",
    modelId: "freddy-x",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy-x"),
  },
  {
    label: "pattern with dots and dashes",
    modelId: "freddy-2.0-mini",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy-2.0-mini"),
  },
  {
    label: "pattern with underscore",
    modelId: "freddy-a_b.c",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy-a_b.c"),
  },
  {
    label: "pattern wildcard is one dash",
    modelId: "freddy--",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy--"),
  },
  {
    label: "pattern wildcard keeps upper case",
    modelId: "freddy-XL",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy-XL"),
  },
  {
    label: "pattern dated freddy id",
    modelId: "freddy-2024-08-06",
    expected: matches("pattern", "freddy-*", "aitronos", "freddy-2024-08-06"),
  },
  {
    label: "pattern at maximum length",
    modelId: MAX_LENGTH_FREDDY_ID,
    expected: matches("pattern", "freddy-*", "aitronos", MAX_LENGTH_FREDDY_ID),
  },

  // Near misses: prefixes, broken suffixes, extra characters.
  { label: "prefix gpt-4", modelId: "gpt-4", expected: null },
  { label: "trailing dash gpt-4o-", modelId: "gpt-4o-", expected: null },
  { label: "trailing dash gpt-4o-mini-", modelId: "gpt-4o-mini-", expected: null },
  { label: "month 13", modelId: "gpt-4o-2024-13-01", expected: null },
  { label: "month 00", modelId: "gpt-4o-2024-00-10", expected: null },
  { label: "day 00", modelId: "gpt-4o-2024-08-00", expected: null },
  { label: "day 32", modelId: "gpt-4o-2024-08-32", expected: null },
  { label: "single-digit month and day", modelId: "gpt-4o-2024-8-6", expected: null },
  { label: "two-digit year", modelId: "gpt-4o-24-08-06", expected: null },
  { label: "compact date seven digits", modelId: "claude-3-5-sonnet-2024102", expected: null },
  { label: "compact date nine digits", modelId: "claude-3-5-sonnet-202410221", expected: null },
  { label: "compact date month 13", modelId: "claude-3-5-sonnet-20241322", expected: null },
  { label: "text after the date", modelId: "gpt-4o-2024-08-06-extra", expected: null },
  { label: "-latest after a date", modelId: "gpt-4o-mini-2024-07-18-latest", expected: null },
  { label: "date after -latest", modelId: "gpt-4o-latest-2024-08-06", expected: null },
  { label: "date after a named alias", modelId: "gpt-4-turbo-preview-2024-01-25", expected: null },
  { label: "letter before family", modelId: "xgpt-4o", expected: null },
  { label: "trailing space", modelId: "gpt-4o ", expected: null },
  { label: "leading space", modelId: " gpt-4o", expected: null },
  { label: "trailing newline", modelId: "gpt-4o\n", expected: null },
  { label: "tab inside", modelId: "gpt-4o\t-mini", expected: null },
  { label: "NUL character", modelId: "gpt-4o\u0000", expected: null },
  { label: "non-breaking space", modelId: "gpt-4o\u00a0", expected: null },
  { label: "empty id", modelId: "", expected: null },

  // Ids that only share a prefix with a family.
  { label: "shared prefix gpt-4o-preview", modelId: "gpt-4o-preview", expected: null },
  { label: "shared prefix gpt-4-turbo-pre", modelId: "gpt-4-turbo-pre", expected: null },
  { label: "shared prefix chatgpt-4o", modelId: "chatgpt-4o", expected: null },
  { label: "shared prefix claude-3", modelId: "claude-3", expected: null },
  { label: "shared prefix claude-3-5", modelId: "claude-3-5", expected: null },
  { label: "shared prefix claude-3-5-sonnet-v2", modelId: "claude-3-5-sonnet-v2", expected: null },
  { label: "shared prefix ftg-2", modelId: "ftg-2", expected: null },
  { label: "shared prefix ftg-2.0-min", modelId: "ftg-2.0-min", expected: null },
  { label: "shared prefix ftg-2.0.1", modelId: "ftg-2.0.1", expected: null },
  { label: "shared prefix dall-e", modelId: "dall-e", expected: null },
  { label: "shared prefix dall-e-4", modelId: "dall-e-4", expected: null },
  { label: "shared prefix clipdrop", modelId: "clipdrop", expected: null },
  { label: "shared prefix clipdrop-upscale-2x", modelId: "clipdrop-upscale-2x", expected: null },

  // Pattern edge cases without a match.
  { label: "pattern needs a wildcard character", modelId: "freddy-", expected: null },
  { label: "pattern without dash", modelId: "freddy", expected: null },
  { label: "pattern with leading letter", modelId: "xfreddy-1", expected: null },
  { label: "pattern with slash", modelId: "freddy-1/..", expected: null },
  { label: "pattern with star", modelId: "freddy-*", expected: null },
  { label: "pattern with non-ASCII letter", modelId: "freddy-ä", expected: null },
  { label: "pattern with space", modelId: "freddy-1 2", expected: null },
  { label: "pattern over maximum length", modelId: `${MAX_LENGTH_FREDDY_ID}a`, expected: null },

  // Letter case: matching is case-sensitive.
  { label: "upper case GPT-4o", modelId: "GPT-4o", expected: null },
  { label: "mixed case Gpt-4o-mini", modelId: "Gpt-4o-mini", expected: null },
  { label: "upper case dated Claude", modelId: "CLAUDE-3-5-SONNET-20241022", expected: null },
  { label: "upper case -LATEST", modelId: "gpt-4o-LATEST", expected: null },
  { label: "mixed case named alias", modelId: "ChatGPT-4o-latest", expected: null },
  { label: "upper case pattern prefix", modelId: "FREDDY-1", expected: null },
];
