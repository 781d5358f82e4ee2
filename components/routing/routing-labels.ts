import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import type { ProviderName } from "@/lib/providers/types";
import type { MatchRule } from "@/lib/routing/match-model";
import type { ModelKind } from "@/lib/routing/model-catalog";
import type { RoutingTableRow } from "@/lib/routing/resolve-route";

export type RouteStatus = RoutingTableRow["status"];

export const ROUTE_STATUS_LABELS: Record<RouteStatus, string> = {
  routable: "Routable",
  provider_inactive: "Provider switched off",
  provider_not_configured: "No integration",
};

export const MODEL_KIND_LABELS: Record<ModelKind, string> = {
  chat: "Chat",
  image: "Image generation",
  image_operation: "Image operation",
};

export const MATCH_RULE_LABELS: Record<MatchRule, string> = {
  exact: "Exact name",
  named_alias: "Named alias",
  dated_snapshot: "Dated snapshot",
  latest_alias: "Latest alias",
  pattern: "Pattern",
};

/** The condition each rule sets on an id, in the words of the matching rules. */
export const MATCH_RULE_DESCRIPTIONS: Record<MatchRule, string> = {
  exact: "The id is a model name of the catalog.",
  named_alias: "The id is listed in the catalog as another name of the family.",
  dated_snapshot: "The id is a family name followed by a date, -YYYY-MM-DD or -YYYYMMDD.",
  latest_alias: "The id is a family name followed by -latest.",
  pattern:
    "A catalog pattern covers the whole id, with * standing for one or more letters, digits, dots, underscores or hyphens.",
};

/**
 * Returns "an OpenAI", "a ClipDrop" and so on. Every provider name is read the
 * way it is spelled, so a leading vowel letter decides the article.
 */
export function providerWithArticle(provider: ProviderName): string {
  const name = PROVIDER_DISPLAY_NAMES[provider];
  return /^[AEIOU]/i.test(name) ? `an ${name}` : `a ${name}`;
}
