"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { listIntegrationRows } from "@/app/organizations/[organizationId]/integrations/actions";
import { unwrapActionResult } from "@/components/integrations/action-error";
import { DeleteIntegrationDialog } from "@/components/integrations/delete-integration-dialog";
import { findActiveSibling, integrationName } from "@/components/integrations/integration-names";
import { integrationsQueryKey } from "@/components/integrations/integration-query-keys";
import type { IntegrationRowHandlers, IntegrationRowModel } from "@/components/integrations/integration-row-model";
import { IntegrationsTable } from "@/components/integrations/integrations-table";
import { useIntegrationActions } from "@/components/integrations/use-integration-actions";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

export type IntegrationsViewProps = {
  organizationId: string;
  /** The list as the server rendered it. */
  initialRows: IntegrationRowView[];
  /** When the server read `initialRows`, in milliseconds since the epoch. */
  rowsReadAt: number;
  canWrite: boolean;
};

/**
 * The integration list with its switches and row actions: a table from the
 * `sm` breakpoint up and cards below it. The list lives in TanStack Query,
 * seeded by the server render, so switches update it optimistically.
 */
export function IntegrationsView({ organizationId, initialRows, rowsReadAt, canWrite }: IntegrationsViewProps) {
  const listKey = integrationsQueryKey(organizationId);
  const listQuery = useQuery({
    queryKey: listKey,
    queryFn: async () => unwrapActionResult(await listIntegrationRows(organizationId)),
    initialData: initialRows,
    initialDataUpdatedAt: rowsReadAt,
  });
  useNewerServerRows(organizationId, initialRows, rowsReadAt);

  const { setActive, checkNow, remove, activities, replaceOffers } = useIntegrationActions(organizationId);
  const [deleteTarget, setDeleteTarget] = useState<IntegrationRowView | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  // Where focus goes when the delete dialog closes. Radix returns focus only to
  // a Dialog.Trigger, and this dialog opens from a row's menu, which is gone
  // once the row is deleted.
  const focusAfterDialog = useRef<(() => HTMLElement | null) | null>(null);
  const listRegion = useRef<HTMLDivElement>(null);

  const integrations = listQuery.data;
  const rows: IntegrationRowModel[] = integrations.map((integration) => ({
    integration,
    activityLabel: activities.get(integration.id) ?? null,
    activeSibling: findActiveSibling(integrations, integration),
    offerReplace: replaceOffers.has(integration.id),
  }));

  const handlers: IntegrationRowHandlers = {
    switchActive: (integration, active) => setActive.mutate({ integration, active, replaceActive: false }),
    makeActive: (integration) => setActive.mutate({ integration, active: true, replaceActive: true }),
    checkNow: (integration) => checkNow.mutate({ integration }),
    requestDelete: (integration, openedFrom) => {
      focusAfterDialog.current = () => openedFrom;
      setDeleteError(null);
      setDeleteTarget(integration);
    },
  };

  function moveFocusAfterDialog(event: Event) {
    const target = focusAfterDialog.current?.();
    focusAfterDialog.current = null;
    if (!target?.isConnected) return;
    event.preventDefault();
    target.focus();
  }

  /**
   * Aims focus, for when the dialog closes after a delete, at the menu of the
   * row that takes the deleted one's place (the next row, or the previous one
   * at the end of the list), or at the "Add integration" link when none is left.
   */
  function focusNeighbourOf(deleted: IntegrationRowView) {
    const index = integrations.findIndex((integration) => integration.id === deleted.id);
    const neighbour = integrations[index + 1] ?? integrations[index - 1] ?? null;
    focusAfterDialog.current = () =>
      neighbour
        ? (listRegion.current?.querySelector<HTMLElement>(`[data-menu-for="${neighbour.id}"]`) ?? null)
        : document.querySelector<HTMLElement>("main a[href$='/integrations/new']");
  }

  function confirmDelete(integration: IntegrationRowView) {
    remove.mutate(
      { integration },
      {
        onSuccess: () => {
          focusNeighbourOf(integration);
          setDeleteTarget(null);
          toast({ tone: "success", title: `Deleted the ${integrationName(integration)}` });
        },
        onError: (error) => setDeleteError(error.message),
      },
    );
  }

  return (
    <div ref={listRegion} className="space-y-3">
      {listQuery.isError ? (
        <p role="alert" className="text-[13px] text-red-700 dark:text-red-400">
          The list could not be refreshed, so it may be out of date: {listQuery.error.message}
        </p>
      ) : null}

      {rows.length === 0 ? (
        <EmptyState
          title="No integrations yet"
          description="Connect a provider with your organization's own API key. Keys are checked with the provider before an integration becomes active."
          action={
            canWrite ? (
              <Link href={`/organizations/${organizationId}/integrations/new`} className={buttonClasses("primary")}>
                Add integration
              </Link>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">An admin or owner can add one.</p>
            )
          }
        />
      ) : (
        <IntegrationsTable organizationId={organizationId} rows={rows} canWrite={canWrite} handlers={handlers} />
      )}

      <DeleteIntegrationDialog
        integration={deleteTarget}
        pending={remove.isPending}
        error={deleteError}
        onOpenChange={(open) => {
          if (!open) setDeleteTarget(null);
        }}
        onCloseAutoFocus={moveFocusAfterDialog}
        onConfirm={confirmDelete}
      />
    </div>
  );
}

/**
 * Puts a newer server render into the cache. `initialData` only seeds an
 * empty cache, but the page is rendered again after every server action and
 * navigation, and that list is newer than a cached one. Skipped while a
 * change is in flight, so its optimistic state stays until it settles.
 */
function useNewerServerRows(organizationId: string, rows: IntegrationRowView[], rowsReadAt: number): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const listKey = integrationsQueryKey(organizationId);
    const cached = queryClient.getQueryState(listKey);
    if (cached && cached.dataUpdatedAt >= rowsReadAt) return;
    if (queryClient.isMutating({ mutationKey: listKey }) > 0) return;
    queryClient.setQueryData(listKey, rows, { updatedAt: rowsReadAt });
  }, [queryClient, organizationId, rows, rowsReadAt]);
}
