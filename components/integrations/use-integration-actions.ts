"use client";

import { useMutation, useMutationState, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";

import {
  checkIntegrationCredentialNow,
  deleteIntegrationFromList,
  setIntegrationActive,
} from "@/app/organizations/[organizationId]/integrations/actions";
import { ActionError, unwrapActionResult } from "@/components/integrations/action-error";
import { checkNowToast, switchFailedToast, switchedToast } from "@/components/integrations/integration-toasts";
import { checkingLabel, findActiveSibling } from "@/components/integrations/integration-names";
import { integrationsQueryKey } from "@/components/integrations/integration-query-keys";
import { routingTableQueryKey } from "@/components/routing/routing-query-keys";
import { toast } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

/** A request to switch an integration on or off; `replaceActive` also switches off the provider's active one. */
export type ActiveChange = { integration: IntegrationRowView; active: boolean; replaceActive: boolean };

type RowTarget = { integration: IntegrationRowView };

/** Rows as they were before an optimistic change, restored one by one if the change fails. */
type RowsBefore = { rowsBefore: IntegrationRowView[] };

const SET_ACTIVE = "set-active";
const CHECK_NOW = "check-now";
const DELETE = "delete";

/**
 * Returns the list page's mutations: switch, check now and delete. Switching is
 * optimistic and rolls back on failure; every outcome is reported in a toast.
 * A CONFLICT (another integration of the provider is active) marks the row,
 * so it can offer to replace the active one. Several rows may change at once.
 */
export function useIntegrationActions(organizationId: string) {
  const queryClient = useQueryClient();
  const listKey = integrationsQueryKey(organizationId);
  const [replaceOffers, setReplaceOffers] = useState<ReadonlySet<string>>(() => new Set());

  function setReplaceOffer(integrationId: string, offered: boolean) {
    setReplaceOffers((current) => {
      if (current.has(integrationId) === offered) return current;
      const next = new Set(current);
      if (offered) next.add(integrationId);
      else next.delete(integrationId);
      return next;
    });
  }

  const setActive = useMutation({
    mutationKey: [...listKey, SET_ACTIVE],
    mutationFn: async (change: ActiveChange) =>
      unwrapActionResult(
        await setIntegrationActive(organizationId, change.integration.id, change.active, change.replaceActive),
      ),
    onMutate: async (change): Promise<RowsBefore> => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const rows = queryClient.getQueryData<IntegrationRowView[]>(listKey) ?? [];
      const sibling = change.active && change.replaceActive ? findActiveSibling(rows, change.integration) : null;
      const rowsBefore = rows.filter((row) => row.id === change.integration.id || row.id === sibling?.id);
      queryClient.setQueryData<IntegrationRowView[]>(listKey, (current) =>
        current?.map((row) => {
          if (row.id === change.integration.id) return { ...row, isActive: change.active };
          if (row.id === sibling?.id) return { ...row, isActive: false };
          return row;
        }),
      );
      return { rowsBefore };
    },
    onSuccess: (updated, change, context) => {
      replaceRows(queryClient, listKey, [updated]);
      setReplaceOffer(updated.id, false);
      const replaced = context?.rowsBefore.find((row) => row.id !== updated.id) ?? null;
      toast(switchedToast(updated, replaced));
    },
    onError: (error, change, context) => {
      if (context) replaceRows(queryClient, listKey, context.rowsBefore);
      const conflict = error instanceof ActionError && error.code === "CONFLICT" && "active_integration_id" in error.details;
      if (conflict) setReplaceOffer(change.integration.id, true);
      toast(switchFailedToast(change, error, conflict));
    },
    onSettled: () => invalidateAfterSwitch(queryClient, organizationId),
  });

  const checkNow = useMutation({
    mutationKey: [...listKey, CHECK_NOW],
    mutationFn: async ({ integration }: RowTarget) =>
      unwrapActionResult(await checkIntegrationCredentialNow(organizationId, integration.id)),
    onSuccess: (updated) => {
      replaceRows(queryClient, listKey, [updated]);
      toast(checkNowToast(updated));
    },
    onError: (error, { integration }) => toast(checkNowToast(integration, error)),
    onSettled: () => invalidateWhenIdle(queryClient, listKey),
  });

  const remove = useMutation({
    mutationKey: [...listKey, DELETE],
    mutationFn: async ({ integration }: RowTarget) =>
      unwrapActionResult(await deleteIntegrationFromList(organizationId, integration.id)),
    onSuccess: (_, { integration }) => {
      queryClient.setQueryData<IntegrationRowView[]>(listKey, (current) =>
        current?.filter((row) => row.id !== integration.id),
      );
    },
    // Deleting an active integration changes how its provider's models route.
    onSettled: () => invalidateAfterSwitch(queryClient, organizationId),
  });

  const activities = useRowActivities(organizationId);

  return { setActive, checkNow, remove, activities, replaceOffers };
}

/** Collects the text each row shows for its change in flight, by integration id, such as "Checking with OpenAI…". */
function useRowActivities(organizationId: string): ReadonlyMap<string, string> {
  const pending = useMutationState({
    filters: { mutationKey: integrationsQueryKey(organizationId), status: "pending" },
    select: (mutation) => ({
      kind: mutation.options.mutationKey?.[2],
      variables: mutation.state.variables as ActiveChange | RowTarget | undefined,
    }),
  });

  const activities = new Map<string, string>();
  for (const { kind, variables } of pending) {
    if (!variables) continue;
    const { integration } = variables;
    if (kind === DELETE) activities.set(integration.id, "Deleting…");
    if (kind === CHECK_NOW) activities.set(integration.id, checkingLabel(integration));
    if (kind === SET_ACTIVE && "active" in variables) {
      let label = variables.active ? "Switching on…" : "Switching off…";
      if (variables.active && integration.providerName !== "aitronos") label = checkingLabel(integration);
      activities.set(integration.id, label);
    }
  }
  return activities;
}

function replaceRows(queryClient: QueryClient, listKey: readonly unknown[], rows: IntegrationRowView[]): void {
  queryClient.setQueryData<IntegrationRowView[]>(listKey, (current) =>
    current?.map((row) => rows.find((replacement) => replacement.id === row.id) ?? row),
  );
}

/**
 * Refetches the list once no other change of it is in flight, so a refetch
 * that started before a second switch cannot undo that switch's optimistic state.
 */
function invalidateWhenIdle(queryClient: QueryClient, listKey: readonly unknown[]): void {
  // The mutation being settled still counts as pending here.
  if (queryClient.isMutating({ mutationKey: listKey }) > 1) return;
  void queryClient.invalidateQueries({ queryKey: listKey });
}

/** Refetches the list and the routing table, which follows from the active integrations. */
function invalidateAfterSwitch(queryClient: QueryClient, organizationId: string): void {
  invalidateWhenIdle(queryClient, integrationsQueryKey(organizationId));
  void queryClient.invalidateQueries({ queryKey: routingTableQueryKey(organizationId) });
}
