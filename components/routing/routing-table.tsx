"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { loadRoutingTable } from "@/app/organizations/[organizationId]/routing/actions";
import { actionResultData } from "@/components/routing/action-result-data";
import { filterRoutingRows, groupRowsByProvider } from "@/components/routing/filter-routing-rows";
import { ProviderRoutesSection } from "@/components/routing/provider-routes-section";
import { ROUTING_REFETCH_INTERVAL_MS, routingTableQueryKey } from "@/components/routing/routing-query-keys";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/text-field";
import type { RoutingTableRow } from "@/lib/routing/resolve-route";

export type RoutingTableProps = {
  organizationId: string;
  /** The table as the server rendered it. */
  initialRows: RoutingTableRow[];
  /** When the server read `initialRows`, in milliseconds since the epoch. */
  initialRowsReadAt: number;
  canWrite: boolean;
};

/**
 * Renders the routing table grouped by provider, with a search box that
 * filters it as the user types. It refetches every few seconds and on window focus, so a
 * switch made elsewhere in the app shows up without a reload.
 */
export function RoutingTable({ organizationId, initialRows, initialRowsReadAt, canWrite }: RoutingTableProps) {
  const [search, setSearch] = useState("");
  const tableQuery = useQuery({
    queryKey: routingTableQueryKey(organizationId),
    queryFn: async () => actionResultData(await loadRoutingTable(organizationId)),
    initialData: initialRows,
    initialDataUpdatedAt: initialRowsReadAt,
    refetchInterval: ROUTING_REFETCH_INTERVAL_MS,
    refetchOnWindowFocus: true,
  });

  const rows = tableQuery.data;
  const shownRows = filterRoutingRows(rows, search);
  const groups = groupRowsByProvider(shownRows);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <TextField
          type="search"
          label="Search models"
          placeholder="gpt-4o, Anthropic, switched off…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          fieldClassName="w-full sm:w-80"
          autoComplete="off"
          spellCheck={false}
        />
        <p role="status" className="pb-2 text-[13px] text-zinc-600 dark:text-zinc-400">
          {shownRows.length === rows.length
            ? `${rows.length} models and patterns`
            : `${shownRows.length} of ${rows.length} models and patterns`}
        </p>
      </div>

      {tableQuery.isError ? (
        <p role="alert" className="text-[13px] text-red-700 dark:text-red-400">
          The table could not be refreshed, so it may be out of date: {tableQuery.error.message}
        </p>
      ) : null}

      {groups.length === 0 ? (
        <EmptyState
          title={`No model matches "${search.trim()}"`}
          description="The search looks at model names, upstream ids, providers, kinds and statuses. To see how a full model id routes, try it above."
        />
      ) : (
        groups.map(([provider, providerRows]) => (
          <ProviderRoutesSection
            key={provider}
            provider={provider}
            rows={providerRows}
            organizationId={organizationId}
            canWrite={canWrite}
          />
        ))
      )}
    </div>
  );
}
