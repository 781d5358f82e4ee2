"use client";

import { integrationName, makeActiveLabel } from "@/components/integrations/integration-names";
import type { IntegrationRowHandlers, IntegrationRowModel } from "@/components/integrations/integration-row-model";
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
      {/* A plain button rather than <Button>, whose label never wraps and would widen the table column. */}
      <button
        type="button"
        disabled={row.activityLabel !== null}
        onClick={() => handlers.makeActive(integration)}
        className="inline-flex min-h-8 items-center rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-left text-[13px] font-medium text-zinc-900 shadow-sm hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-55 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
      >
        {makeActiveLabel(integration)}
      </button>
    </div>
  );
}
