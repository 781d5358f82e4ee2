import Link from "next/link";

import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import { newIntegrationPath, integrationsPath } from "@/components/routing/routing-paths";
import { providerWithArticle } from "@/components/routing/routing-labels";
import type { ProviderName } from "@/lib/providers/types";

export type RouteFixProps = {
  organizationId: string;
  provider: ProviderName;
  /** The reason the provider's models do not route. */
  problem: "provider_inactive" | "provider_not_configured";
  /** Whether the user may change integrations. Other users read who can make the change. */
  canWrite: boolean;
};

const linkClasses =
  "font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-400";

/** Renders the step that makes a provider's models routable: a link for users who may take it, a note for the others. */
export function RouteFix({ organizationId, provider, problem, canWrite }: RouteFixProps) {
  const name = PROVIDER_DISPLAY_NAMES[provider];

  if (problem === "provider_inactive") {
    return canWrite ? (
      <Link href={integrationsPath(organizationId)} className={linkClasses}>
        Switch on the {name} integration
      </Link>
    ) : (
      <span>An admin can switch the {name} integration on.</span>
    );
  }

  return canWrite ? (
    <Link href={newIntegrationPath(organizationId, provider)} className={linkClasses}>
      Add {providerWithArticle(provider)} integration
    </Link>
  ) : (
    <span>An admin can add {providerWithArticle(provider)} integration.</span>
  );
}
