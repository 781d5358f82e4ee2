"use client";

import type { ReactElement } from "react";

import { integrationName } from "@/components/integrations/integration-names";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

export type DeleteIntegrationDialogProps = {
  /** The integration to delete; null keeps the dialog closed. */
  integration: IntegrationRowView | null;
  /** Called when the dialog requests to open (from `trigger`) or to close (Cancel, Escape). */
  onOpenChange: (open: boolean) => void;
  /** The button that opens the dialog. Radix returns focus to it when the dialog closes. */
  trigger?: ReactElement;
  onConfirm: (integration: IntegrationRowView) => void;
  pending: boolean;
  /** The last attempt's error message, shown inside the dialog. */
  error: string | null;
  /** See Dialog's `onCloseAutoFocus`: where focus goes when the dialog closes. */
  onCloseAutoFocus?: (event: Event) => void;
};

/** Asks before deleting an integration, naming it by provider and key hint. */
export function DeleteIntegrationDialog({
  integration,
  onOpenChange,
  trigger,
  onConfirm,
  pending,
  error,
  onCloseAutoFocus,
}: DeleteIntegrationDialogProps) {
  return (
    <ConfirmDialog
      open={integration !== null}
      onOpenChange={onOpenChange}
      trigger={trigger}
      title={integration ? `Delete the ${integrationName(integration)}?` : ""}
      description={integration ? deleteConsequence(integration) : ""}
      confirmLabel="Delete integration"
      pending={pending}
      onCloseAutoFocus={onCloseAutoFocus}
      onConfirm={() => {
        if (integration) onConfirm(integration);
      }}
    >
      {error ? (
        <p role="alert" className="text-[13px] leading-5 text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

function deleteConsequence(integration: IntegrationRowView): string {
  const keyPart = integration.hasKey ? "Its stored key is erased. " : "";
  const activePart = integration.isActive
    ? "It is active, so its provider's models stop routing until another integration is switched on. "
    : "";
  return `${keyPart}${activePart}This cannot be undone.`;
}
