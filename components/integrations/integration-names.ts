import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

type NamedIntegration = Pick<IntegrationRowView, "providerName" | "keyHint">;

/**
 * Names an integration the way people tell two of the same provider apart:
 * "OpenAI integration (key sk-proj…AbCd)", or "Aitronos integration" when no key is stored.
 */
export function integrationName(integration: NamedIntegration): string {
  const label = PROVIDER_LABELS[integration.providerName];
  return integration.keyHint ? `${label} integration (key ${integration.keyHint})` : `${label} integration`;
}

/** The label of the action that switches an integration on in place of its provider's active one. */
export function makeActiveLabel(integration: Pick<IntegrationRowView, "providerName">): string {
  return `Make this the active ${PROVIDER_LABELS[integration.providerName]} integration`;
}

/** The text shown while the provider checks a credential, such as "Checking with OpenAI…". */
export function checkingLabel(integration: Pick<IntegrationRowView, "providerName">): string {
  return `Checking with ${PROVIDER_LABELS[integration.providerName]}…`;
}

/** The other active integration of the same provider, which switching this one on would replace. */
export function findActiveSibling(
  integrations: readonly IntegrationRowView[],
  integration: IntegrationRowView,
): IntegrationRowView | null {
  return (
    integrations.find(
      (other) => other.id !== integration.id && other.providerName === integration.providerName && other.isActive,
    ) ?? null
  );
}
