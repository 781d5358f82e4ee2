import type { Metadata } from "next";
import Link from "next/link";

import { NewIntegrationForm } from "@/components/integrations/new-integration-form";
import { pageAccess } from "@/lib/access/page-access";
import { toIntegrationRowView } from "@/lib/integrations/integration-row-view";
import { listIntegrations } from "@/lib/integrations/list-integrations";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";

export const metadata: Metadata = { title: "Add integration" };

type PageProps = {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<{ provider?: string | string[] }>;
};

function isProviderName(value: unknown): value is ProviderName {
  return typeof value === "string" && (PROVIDER_NAMES as readonly string[]).includes(value);
}

export default async function NewIntegrationPage({ params, searchParams }: PageProps) {
  const { organizationId } = await params;
  const { provider } = await searchParams;
  const listPath = `/organizations/${organizationId}/integrations`;
  const access = await pageAccess(organizationId, "integrations.write");

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <Link href={listPath} className="text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          <span aria-hidden="true">← </span>Integrations
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Add integration</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Connect a provider with your organization&apos;s own API key. The key is encrypted on the server and never shown again.
        </p>
      </div>
      {access ? (
        <NewIntegrationForm
          organizationId={organizationId}
          initialProvider={isProviderName(provider) ? provider : null}
          activeIntegrations={(await listIntegrations(access.caller, organizationId, { active: true })).map(toIntegrationRowView)}
        />
      ) : (
        <p className="rounded-lg border border-zinc-200 bg-white p-4 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
          Only admins and owners can add integrations. Ask one of them to add it for you.
        </p>
      )}
    </div>
  );
}
