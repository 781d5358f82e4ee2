import { integrationName, makeActiveLabel } from "@/components/integrations/integration-names";
import type { ToastOptions } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

/** Builds the toast after a switch succeeded. `replaced` is the integration it switched off in its place, if any. */
export function switchedToast(updated: IntegrationRowView, replaced: IntegrationRowView | null): ToastOptions {
  const name = integrationName(updated);
  if (!updated.isActive) return { tone: "success", title: `Switched off the ${name}` };

  const notes: string[] = [];
  if (replaced) notes.push(`The ${integrationName(replaced)} is now off.`);
  if (updated.validationStatus === "accepted_with_warning" && updated.validationMessage) {
    notes.push(updated.validationMessage);
  }
  return {
    tone: updated.validationStatus === "accepted_with_warning" ? "info" : "success",
    title: `Switched on the ${name}`,
    description: notes.join(" ") || undefined,
  };
}

/**
 * Builds the toast after a switch failed and was rolled back. The description is
 * the server's message, such as "OpenAI rejected this key: invalid API key".
 */
export function switchFailedToast(
  change: { integration: IntegrationRowView; active: boolean },
  error: Error,
  conflict: boolean,
): ToastOptions {
  const { integration } = change;
  if (conflict) {
    const label = PROVIDER_LABELS[integration.providerName];
    return {
      tone: "error",
      title: `Another ${label} integration is active`,
      description: `Only one ${label} integration can be active at a time. Choose “${makeActiveLabel(integration)}” in its row to replace the active one.`,
    };
  }
  return {
    tone: "error",
    title: `Could not switch ${change.active ? "on" : "off"} the ${integrationName(integration)}`,
    description: error.message,
  };
}

/** Builds the toast after "Check now": the provider's verdict, or why the check could not run. */
export function checkNowToast(integration: IntegrationRowView, error?: Error): ToastOptions {
  const name = integrationName(integration);
  if (error) return { tone: "error", title: `Could not check the ${name}`, description: error.message };

  const description = integration.validationMessage ?? undefined;
  switch (integration.validationStatus) {
    case "accepted":
      return { tone: "success", title: `Checked the ${name}`, description };
    case "accepted_with_warning":
      return { tone: "info", title: `Checked the ${name}: accepted with a warning`, description };
    case "not_required":
      return { tone: "info", title: `The ${name} needs no check` };
    default:
      return { tone: "error", title: `The check of the ${name} failed`, description };
  }
}
