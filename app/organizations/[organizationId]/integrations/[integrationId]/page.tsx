import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EditIntegrationForm } from "@/components/integrations/edit-integration-form";
import { pageAccess } from "@/lib/access/page-access";
import { can } from "@/lib/access/permissions";
import { AppError } from "@/lib/errors";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { findReadableIntegration } from "@/lib/integrations/get-integration";
import { toIntegrationRowView } from "@/lib/integrations/integration-row-view";
import { listIntegrations } from "@/lib/integrations/list-integrations";
import { formatUtcDate } from "@/lib/organizations/format-date";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

export const metadata: Metadata = { title: "Edit integration" };

type PageProps = { params: Promise<{ organizationId: string; integrationId: string }> };

export default async function EditIntegrationPage({ params }: PageProps) {
  const { organizationId, integrationId } = await params;
  const access = await pageAccess(organizationId, "integrations.read");
  if (!access) return null;

  // Another organization's id is not found either, exactly like an unknown one.
  let row: ProviderIntegration;
  try {
    row = await findReadableIntegration(access.caller, organizationId, integrationId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }

  const integration = toIntegrationRowView(row);
  const listPath = `/organizations/${organizationId}/integrations`;
  const canWrite = can(access.role, "integrations.write");
  const activeOfProvider = canWrite
    ? await listIntegrations(access.caller, organizationId, { provider: row.providerName, active: true })
    : [];
  const activeSibling = activeOfProvider.find((other) => other.id !== row.id);

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <Link href={listPath} className="text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          <span aria-hidden="true">← </span>Integrations
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Edit the {PROVIDER_LABELS[integration.providerName]} integration</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {integration.keyHint ? (
            <>
              Key <span className="font-mono">{integration.keyHint}</span> ·{" "}
            </>
          ) : null}
          Added {formatUtcDate(integration.createdAt)}
        </p>
      </div>
      {canWrite ? (
        <EditIntegrationForm
          organizationId={organizationId}
          integration={integration}
          activeSibling={activeSibling ? toIntegrationRowView(activeSibling) : null}
        />
      ) : (
        <p className="rounded-lg border border-zinc-200 bg-white p-4 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
          Only admins and owners can change integrations. Ask one of them to change it for you.
        </p>
      )}
    </div>
  );
}
