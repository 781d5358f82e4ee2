"use client";

import { integrationName, makeActiveLabel } from "@/components/integrations/integration-names";
import type { IntegrationRowHandlers, IntegrationRowModel } from "@/components/integrations/integration-row-model";
import { Button } from "@/components/ui/button";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

/**
 * Shown in a row after switching it on failed because another integration of
 * the provider is active: it names that one and offers to replace it. It sits
 * right after the switch in tab order, so keyboard users reach it next.
 */
export function ReplaceActiveOffer({ row, handlers }: { row: IntegrationRowModel; handlers: IntegrationRowHandlers }) {
  const { integration, activeSibling } = row;
  if (!row.offerReplace || integration.isActive) return null;
  const label = PROVIDER_LABELS[integration.providerName];

  return (
    <div className="mt-2 space-y-2 rounded-md border border-amber-200 bg-amber-50 p-2.5 text-[13px] leading-5 text-amber-950 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
      <p>
        {activeSibling ? `The ${integrationName(activeSibling)} is active. ` : null}
        Only one {label} integration can be active at a time.
      </p>
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={row.activityLabel !== null}
        onClick={() => handlers.makeActive(integration)}
      >
        {makeActiveLabel(integration)}
      </Button>
    </div>
  );
}
