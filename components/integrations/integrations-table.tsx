"use client";

import type { ReactNode } from "react";

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
 * The integration list: a table from the `sm` breakpoint up, and one card per
 * row below it (the `stacked-table` styles in app/globals.css).
 *
 * The elements carry their table roles explicitly because some browsers drop
 * a table's semantics once CSS changes its `display`, as the card layout does.
 * With the roles, screen readers keep rows, cells and column headers there too.
 */
export function IntegrationsTable({ organizationId, rows, canWrite, handlers }: IntegrationsTableProps) {
  return (
    <Table
      role="table"
      caption="Provider integrations"
      captionHidden
      className="stacked-table bg-white max-sm:bg-transparent dark:bg-zinc-900 max-sm:dark:bg-transparent"
      containerClassName="max-sm:overflow-visible max-sm:rounded-none max-sm:border-0"
    >
      <TableHeader role="rowgroup">
        <TableRow role="row">
          <TableHead role="columnheader">Provider</TableHead>
          <TableHead role="columnheader">Provider org / project</TableHead>
          <TableHead role="columnheader">Key</TableHead>
          <TableHead role="columnheader">Active</TableHead>
          <TableHead role="columnheader">Validation</TableHead>
          <TableHead role="columnheader">Created</TableHead>
          <TableHead role="columnheader">Updated</TableHead>
          {canWrite ? (
            <TableHead role="columnheader">
              <span className="sr-only">Actions</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody role="rowgroup">
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

/** The label a cell shows above its value in the card layout. Screen readers hear the column header instead. */
function CardLabel({ children }: { children: ReactNode }) {
  return (
    <span className="stacked-label" aria-hidden="true">
      {children}
    </span>
  );
}

function IntegrationTableRow({ organizationId, row, canWrite, handlers }: IntegrationTableRowProps) {
  const { integration } = row;

  return (
    <TableRow role="row" data-testid="integration-row">
      <TableHead role="rowheader" scope="row" data-area="provider" className="whitespace-nowrap align-middle">
        <ProviderLabel provider={integration.providerName} />
      </TableHead>
      <TableCell role="cell" data-area="ids" className="min-w-[10rem] max-w-[14rem]">
        <CardLabel>Provider org / project</CardLabel>
        <IntegrationProviderIds integration={integration} />
      </TableCell>
      <TableCell role="cell" data-area="key" className="whitespace-nowrap">
        <CardLabel>Key</CardLabel>
        <IntegrationKeySummary integration={integration} />
      </TableCell>
      <TableCell role="cell" data-area="active">
        <CardLabel>Active</CardLabel>
        <IntegrationActiveSwitch
          integration={integration}
          canWrite={canWrite}
          pending={row.activityLabel !== null}
          onCheckedChange={(active) => handlers.switchActive(integration, active)}
        />
      </TableCell>
      <TableCell role="cell" data-area="status" className="min-w-[12rem] max-w-[20rem]">
        <IntegrationStatus integration={integration} activityLabel={row.activityLabel} />
        {canWrite ? <ReplaceActiveOffer row={row} handlers={handlers} /> : null}
      </TableCell>
      <TableCell role="cell" data-area="created" className="whitespace-nowrap text-[13px]">
        <CardLabel>Created</CardLabel>
        <time dateTime={integration.createdAt} title={formatUtcDateTime(integration.createdAt)}>
          {formatUtcDate(integration.createdAt)}
        </time>
      </TableCell>
      <TableCell role="cell" data-area="updated" className="whitespace-nowrap text-[13px]">
        <CardLabel>Updated</CardLabel>
        <RelativeTime value={integration.updatedAt} />
      </TableCell>
      {canWrite ? (
        <TableCell role="cell" data-area="actions" className="px-2">
          <IntegrationRowActions organizationId={organizationId} row={row} handlers={handlers} />
        </TableCell>
      ) : null}
    </TableRow>
  );
}
