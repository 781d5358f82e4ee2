"use client";

import { IntegrationActiveSwitch } from "@/components/integrations/integration-active-switch";
import { IntegrationProviderIds, IntegrationKeySummary } from "@/components/integrations/integration-key-summary";
import { IntegrationRowActions } from "@/components/integrations/integration-row-actions";
import type { IntegrationRowHandlers, IntegrationRowModel } from "@/components/integrations/integration-row-model";
import { IntegrationStatus } from "@/components/integrations/integration-status";
import { RelativeTime } from "@/components/integrations/relative-time";
import { ReplaceActiveOffer } from "@/components/integrations/replace-active-offer";
import { ProviderLabel } from "@/components/providers/provider-label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatUtcDate, formatUtcDateTime } from "@/lib/organizations/format-date";

export type IntegrationsTableProps = {
  organizationId: string;
  rows: IntegrationRowModel[];
  canWrite: boolean;
  handlers: IntegrationRowHandlers;
};

/**
 * Renders the integration list: a table from the `sm` breakpoint up, and one
 * card per row below it (a stacked table whose card layout is the
 * `integration-cards` styles in app/globals.css).
 */
export function IntegrationsTable({ organizationId, rows, canWrite, handlers }: IntegrationsTableProps) {
  return (
    <Table
      caption="Provider integrations"
      captionHidden
      stacked
      className="integration-cards bg-white max-sm:bg-transparent dark:bg-zinc-900 max-sm:dark:bg-transparent"
    >
      <TableHeader>
        <TableRow>
          <TableHead>Provider</TableHead>
          <TableHead>Provider org / project</TableHead>
          <TableHead>Key</TableHead>
          <TableHead>Active</TableHead>
          <TableHead>Validation</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Updated</TableHead>
          {canWrite ? (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <IntegrationTableRow
            key={row.integration.id}
            organizationId={organizationId}
            row={row}
            canWrite={canWrite}
            handlers={handlers}
          />
        ))}
      </TableBody>
    </Table>
  );
}

type IntegrationTableRowProps = {
  organizationId: string;
  row: IntegrationRowModel;
  canWrite: boolean;
  handlers: IntegrationRowHandlers;
};

function IntegrationTableRow({ organizationId, row, canWrite, handlers }: IntegrationTableRowProps) {
  const { integration } = row;

  return (
    <TableRow data-testid="integration-row">
      <TableHead scope="row" data-area="provider" className="whitespace-nowrap align-middle">
        <ProviderLabel provider={integration.providerName} />
      </TableHead>
      <TableCell data-area="ids" label="Provider org / project" className="min-w-[10rem] max-w-[14rem]">
        <IntegrationProviderIds integration={integration} />
      </TableCell>
      <TableCell data-area="key" label="Key" className="whitespace-nowrap">
        <IntegrationKeySummary integration={integration} />
      </TableCell>
      <TableCell data-area="active" label="Active">
        <IntegrationActiveSwitch
          integration={integration}
          canWrite={canWrite}
          pending={row.activityLabel !== null}
          onCheckedChange={(active) => handlers.switchActive(integration, active)}
        />
      </TableCell>
      <TableCell data-area="status" className="min-w-[12rem] max-w-[20rem]">
        <IntegrationStatus integration={integration} activityLabel={row.activityLabel} />
        {canWrite ? <ReplaceActiveOffer row={row} handlers={handlers} /> : null}
      </TableCell>
      <TableCell data-area="created" label="Created" className="whitespace-nowrap text-[13px]">
        <time dateTime={integration.createdAt} title={formatUtcDateTime(integration.createdAt)}>
          {formatUtcDate(integration.createdAt)}
        </time>
      </TableCell>
      <TableCell data-area="updated" label="Updated" className="whitespace-nowrap text-[13px]">
        <RelativeTime value={integration.updatedAt} />
      </TableCell>
      {canWrite ? (
        <TableCell data-area="actions" className="px-2">
          <IntegrationRowActions organizationId={organizationId} row={row} handlers={handlers} />
        </TableCell>
      ) : null}
    </TableRow>
  );
}
