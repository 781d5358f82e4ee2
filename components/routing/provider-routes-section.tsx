import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import { ProviderLabel } from "@/components/providers/provider-label";
import { RouteStatusBadge, RouteStatusExplanation, ServingIntegration } from "@/components/routing/route-status";
import { MODEL_KIND_LABELS } from "@/components/routing/routing-labels";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ProviderName } from "@/lib/providers/types";
import type { RoutingTableRow } from "@/lib/routing/resolve-route";

export type ProviderRoutesSectionProps = {
  provider: ProviderName;
  rows: RoutingTableRow[];
  organizationId: string;
  canWrite: boolean;
};

/**
 * Renders one provider's models as a table from the md breakpoint up and as a
 * list of cards below it. Both are rendered, and CSS shows one, so the markup of each stays simple.
 */
export function ProviderRoutesSection({ provider, rows, organizationId, canWrite }: ProviderRoutesSectionProps) {
  const headingId = `routing-${provider}`;

  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid={`routing-section-${provider}`}>
      <h2 id={headingId} className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
        <ProviderLabel provider={provider} markSize={20} />
      </h2>

      <div className="hidden md:block">
        {/* Fixed column widths line up the columns of every provider's table. */}
        <Table caption={`${PROVIDER_DISPLAY_NAMES[provider]} models`} captionHidden className="table-fixed">
          <colgroup>
            <col className="w-[22%]" />
            <col className="w-[12%]" />
            <col className="w-[22%]" />
            <col className="w-[16%]" />
            <col className="w-[28%]" />
          </colgroup>
          <TableHeader>
            <TableRow>
              <TableHead>Model</TableHead>
              <TableHead>Kind</TableHead>
              <TableHead>Sent upstream as</TableHead>
              <TableHead>Integration</TableHead>
              <TableHead>Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.model} data-testid="routing-row" data-model={row.model} data-status={row.status}>
                <TableHead scope="row" className="break-words font-mono">
                  <ModelName row={row} />
                </TableHead>
                <TableCell>{MODEL_KIND_LABELS[row.kind]}</TableCell>
                <TableCell className="break-words font-mono text-[13px]">
                  <UpstreamId row={row} />
                </TableCell>
                <TableCell>
                  <ServingIntegration row={row} organizationId={organizationId} />
                </TableCell>
                <TableCell className="space-y-1 text-[13px] leading-5">
                  <RouteStatusBadge status={row.status} />
                  <RouteStatusExplanation row={row} organizationId={organizationId} canWrite={canWrite} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label={`${PROVIDER_DISPLAY_NAMES[provider]} models`}>
        {rows.map((row) => (
          <Card
            as="li"
            key={row.model}
            className="space-y-3 p-4"
            data-testid="routing-card"
            data-model={row.model}
            data-status={row.status}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 break-all font-mono text-sm font-medium text-zinc-900 dark:text-zinc-100">
                <ModelName row={row} />
              </p>
              <RouteStatusBadge status={row.status} />
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-[13px]">
              <dt className="text-zinc-500 dark:text-zinc-400">Kind</dt>
              <dd>{MODEL_KIND_LABELS[row.kind]}</dd>
              <dt className="text-zinc-500 dark:text-zinc-400">Sent as</dt>
              <dd className="break-all font-mono">
                <UpstreamId row={row} />
              </dd>
              <dt className="text-zinc-500 dark:text-zinc-400">Integration</dt>
              <dd>
                <ServingIntegration row={row} organizationId={organizationId} />
              </dd>
            </dl>
            <div className="text-[13px] leading-5 text-zinc-700 dark:text-zinc-300">
              <RouteStatusExplanation row={row} organizationId={organizationId} canWrite={canWrite} />
            </div>
          </Card>
        ))}
      </ul>
    </section>
  );
}

function ModelName({ row }: { row: RoutingTableRow }) {
  if (row.entryType === "model") return <>{row.model}</>;
  return (
    <>
      {row.model}
      <span className="ml-2 font-sans text-xs font-normal text-zinc-500 dark:text-zinc-400">pattern</span>
    </>
  );
}

// A pattern has no upstream id of its own, because its requests keep the caller's id.
function UpstreamId({ row }: { row: RoutingTableRow }) {
  if (row.upstreamId === null) {
    return <span className="font-sans text-zinc-500 dark:text-zinc-400">the requested id</span>;
  }
  return <>{row.upstreamId}</>;
}
