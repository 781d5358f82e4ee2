import type { Metadata } from "next";

import { IntegrationsTable } from "@/components/integrations/integrations-table";
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
  const rows = await listIntegrations(access.caller, organizationId);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Integrations</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Provider credentials of {access.organizationName}. Keys are encrypted and never shown again after they are saved.
          </p>
        </div>
      </div>
      <IntegrationsTable
        organizationId={organizationId}
        integrations={rows.map(toIntegrationRowView)}
        canWrite={can(access.role, "integrations.write")}
      />
    </div>
  );
}
