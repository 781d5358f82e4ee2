import type { Metadata } from "next";

import { ModelRouteTester } from "@/components/routing/model-route-tester";
import { RoutingTable } from "@/components/routing/routing-table";
import { pageAccess } from "@/lib/access/page-access";
import { can } from "@/lib/access/permissions";
import { routingTableForOrganization } from "@/lib/routing/routing-table-for-organization";

export const metadata: Metadata = { title: "Routing" };

type PageProps = { params: Promise<{ organizationId: string }> };

export default async function RoutingPage({ params }: PageProps) {
  const { organizationId } = await params;
  const access = await pageAccess(organizationId, "routing.read");
  if (!access) return null;

  const rowsReadAt = Date.now();
  const rows = await routingTableForOrganization(access.caller, organizationId);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Routing</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Which provider and integration serve each model for {access.organizationName}. A model routes only while its
          provider has an active integration.
        </p>
      </div>
      <ModelRouteTester organizationId={organizationId} canWrite={can(access.role, "integrations.write")} />
      <RoutingTable
        organizationId={organizationId}
        initialRows={rows}
        initialRowsReadAt={rowsReadAt}
        canWrite={can(access.role, "integrations.write")}
      />
    </div>
  );
}
