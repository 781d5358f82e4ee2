"use client";

import { IntegrationActiveSwitch } from "@/components/integrations/integration-active-switch";
import { IntegrationKeySummary, IntegrationProviderIds } from "@/components/integrations/integration-key-summary";
import { integrationName } from "@/components/integrations/integration-names";
import { IntegrationRowActions } from "@/components/integrations/integration-row-actions";
import type { IntegrationRowHandlers, IntegrationRowModel } from "@/components/integrations/integration-row-model";
import { IntegrationStatus } from "@/components/integrations/integration-status";
import { RelativeTime } from "@/components/integrations/relative-time";
import { ReplaceActiveOffer } from "@/components/integrations/replace-active-offer";
import { ProviderLabel } from "@/components/providers/provider-label";
import { Card } from "@/components/ui/card";
import { formatUtcDate, formatUtcDateTime } from "@/lib/organizations/format-date";

export type IntegrationCardsProps = {
  organizationId: string;
  rows: IntegrationRowModel[];
  canWrite: boolean;
  handlers: IntegrationRowHandlers;
  className?: string;
};

/** The integration list below the `sm` breakpoint: one card per integration, with the same facts and controls as a table row. */
export function IntegrationCards({ organizationId, rows, canWrite, handlers, className }: IntegrationCardsProps) {
  return (
    <ul aria-label="Provider integrations" className={className}>
      {rows.map((row) => {
        const { integration } = row;
        return (
          <Card as="li" key={integration.id} data-testid="integration-card" aria-label={integrationName(integration)} className="mb-3 p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0 font-medium text-zinc-900 dark:text-zinc-100">
                <ProviderLabel provider={integration.providerName} />
              </div>
              <div className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
                <span aria-hidden="true">Active</span>
                <IntegrationActiveSwitch
                  integration={integration}
                  canWrite={canWrite}
                  pending={row.activityLabel !== null}
                  onCheckedChange={(active) => handlers.switchActive(integration, active)}
                />
              </div>
            </div>

            <div className="mt-3">
              <IntegrationStatus integration={integration} activityLabel={row.activityLabel} />
              {canWrite ? <ReplaceActiveOffer row={row} handlers={handlers} /> : null}
            </div>

            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
              <div className="min-w-0">
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">Key</dt>
                <dd className="mt-0.5 text-zinc-800 dark:text-zinc-200">
                  <IntegrationKeySummary integration={integration} />
                </dd>
              </div>
              <div className="min-w-0">
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">Provider org / project</dt>
                <dd className="mt-0.5">
                  <IntegrationProviderIds integration={integration} />
                </dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">Created</dt>
                <dd className="mt-0.5 text-[13px] text-zinc-700 dark:text-zinc-300">
                  <time dateTime={integration.createdAt} title={formatUtcDateTime(integration.createdAt)}>
                    {formatUtcDate(integration.createdAt)}
                  </time>
                </dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">Updated</dt>
                <dd className="mt-0.5 text-[13px] text-zinc-700 dark:text-zinc-300">
                  <RelativeTime value={integration.updatedAt} />
                </dd>
              </div>
            </dl>

            {canWrite ? (
              <div className="mt-3 border-t border-zinc-200 pt-2 dark:border-zinc-800">
                <IntegrationRowActions organizationId={organizationId} row={row} handlers={handlers} />
              </div>
            ) : null}
          </Card>
        );
      })}
    </ul>
  );
}
