import type { Metadata } from "next";
import Link from "next/link";

import { IntegrationsView } from "@/components/integrations/integrations-view";
import { buttonClasses } from "@/components/ui/button";
import { pageAccess } from "@/lib/access/page-access";
import { can } from "@/lib/access/permissions";
import { toIntegrationRowView } from "@/lib/integrations/integration-row-view";
import { listIntegrations } from "@/lib/integrations/list-integrations";

export const metadata: Metadata = { title: "Integrations" };

type PageProps = { params: Promise<{ organizationId: string }> };

export default async function IntegrationsPage({ params }: PageProps) {
  const { organizationId } = await params;
  const access = await pageAccess(organizationId, "integrations.read");
  if (!access) return null;

  const rowsReadAt = Date.now();
  const rows = await listIntegrations(access.caller, organizationId);
  const canWrite = can(access.role, "integrations.write");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">Integrations</h1>
          <p className="mt-1 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
            Provider credentials of {access.organizationName}. Keys are checked with the provider before an integration
            becomes active, and never shown again after they are saved.
            {canWrite ? null : " Only admins and owners can change them."}
          </p>
        </div>
        {canWrite ? (
          <Link href={`/organizations/${organizationId}/integrations/new`} className={buttonClasses("primary")}>
            Add integration
          </Link>
        ) : null}
      </div>
      <IntegrationsView
        organizationId={organizationId}
        initialRows={rows.map(toIntegrationRowView)}
        rowsReadAt={rowsReadAt}
        canWrite={canWrite}
      />
    </div>
  );
}
