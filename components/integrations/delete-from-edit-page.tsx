"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";

import { deleteIntegrationAndOpenList } from "@/app/organizations/[organizationId]/integrations/actions";
import { DeleteIntegrationDialog } from "@/components/integrations/delete-integration-dialog";
import { integrationName } from "@/components/integrations/integration-names";
import { integrationsQueryKey } from "@/components/integrations/integration-query-keys";
import { routingTableQueryKey } from "@/components/routing/routing-query-keys";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { toast } from "@/components/ui/toast";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

/**
 * Returns whether an error is the signal Next.js rejects a server action call
 * with when the action redirected. The router has already started the navigation.
 */
function isNextRedirect(error: unknown): boolean {
  return (
    error instanceof Error &&
    "digest" in error &&
    typeof error.digest === "string" &&
    error.digest.startsWith("NEXT_REDIRECT")
  );
}

export type DeleteFromEditPageProps = {
  organizationId: string;
  integration: IntegrationRowView;
  disabled?: boolean;
};

/**
 * The edit page's delete section: a "Delete…" button and its confirmation. On success the action
 * redirects to the list, so the call never returns a result: it rejects with
 * Next's redirect signal, which marks the success here.
 */
export function DeleteFromEditPage({ organizationId, integration, disabled }: DeleteFromEditPageProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isDeleting, startDelete] = useTransition();

  function confirmDelete() {
    startDelete(async () => {
      try {
        const result = await deleteIntegrationAndOpenList(organizationId, integration.id);
        if (!result.ok) setError(result.message);
      } catch (thrown) {
        if (!isNextRedirect(thrown)) throw thrown;
        queryClient.removeQueries({ queryKey: integrationsQueryKey(organizationId) });
        void queryClient.invalidateQueries({ queryKey: routingTableQueryKey(organizationId) });
        toast({ tone: "success", title: `Deleted the ${integrationName(integration)}` });
      }
    });
  }

  return (
    <Card as="section" aria-labelledby="delete-integration-title">
      <CardHeader
        titleId="delete-integration-title"
        headingLevel={2}
        title="Delete this integration"
        description="Its stored key is erased, and the audit log keeps only the key's hint. This cannot be undone."
        actions={
          <DeleteIntegrationDialog
            integration={open ? integration : null}
            onOpenChange={(nextOpen) => {
              if (nextOpen) setError(null);
              setOpen(nextOpen);
            }}
            trigger={
              <Button type="button" variant="danger" disabled={disabled}>
                Delete…
              </Button>
            }
            pending={isDeleting}
            error={error}
            onConfirm={confirmDelete}
          />
        }
      />
    </Card>
  );
}
