import { integrationName } from "@/components/integrations/integration-names";
import type { ToastOptions } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

/**
 * Builds the toast after the add or edit form saved: whether the integration is
 * active, the provider's verdict when it was checked, and which integration
 * it replaced. `replaced` is the provider's previously active one, if any.
 */
export function savedToast(title: string, saved: IntegrationRowView, replaced: IntegrationRowView | null): ToastOptions {
  const notes: string[] = [];
  if (saved.validationStatus === "accepted" || saved.validationStatus === "accepted_with_warning") {
    if (saved.validationMessage) notes.push(saved.validationMessage);
  }
  notes.push(saved.isActive ? "It is active." : "It is switched off.");
  if (saved.isActive && replaced && replaced.id !== saved.id) notes.push(`The ${integrationName(replaced)} is now off.`);

  return {
    tone: saved.validationStatus === "accepted_with_warning" ? "info" : "success",
    title,
    description: notes.join(" "),
  };
}
