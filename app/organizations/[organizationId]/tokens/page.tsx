import type { Metadata } from "next";

import { RoleRequiredNotice } from "@/components/organizations/role-required-notice";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokensTable, type TokenRowData } from "@/components/tokens/tokens-table";
import { EmptyState } from "@/components/ui/empty-state";
import { pageAccess } from "@/lib/access/page-access";
import { can } from "@/lib/access/permissions";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { formatUtcDateTime } from "@/lib/organizations/format-date";

export const metadata: Metadata = { title: "API tokens" };

type PageProps = { params: Promise<{ organizationId: string }> };

export default async function ApiTokensPage({ params }: PageProps) {
  const { organizationId } = await params;
  const access = await pageAccess(organizationId, "tokens.read");
  if (!access) {
    return <RoleRequiredNotice title="API tokens" description="Only owners and admins can see and manage API tokens." />;
  }
  const tokens = await listApiTokens(access.caller, organizationId);
  const canManage = can(access.role, "tokens.manage");

  const rows: TokenRowData[] = tokens.map((token) => ({
    id: token.id,
    name: token.name,
    role: token.role,
    prefix: token.prefix,
    createdAt: formatUtcDateTime(token.createdAt),
    lastUsedAt: token.lastUsedAt ? formatUtcDateTime(token.lastUsedAt) : null,
    revokedAt: token.revokedAt ? formatUtcDateTime(token.revokedAt) : null,
  }));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Tokens for scripts and services that call the Switchboard API for {access.organizationName}. A revoked token
          stops working at once.
        </p>
      </div>

      {canManage ? <CreateTokenForm organizationId={organizationId} /> : null}

      <section aria-labelledby="tokens-title" className="space-y-3">
        <h2 id="tokens-title" className="text-lg font-semibold">
          Tokens
        </h2>
        {rows.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="No API tokens yet"
            description="Create a token to call the API from a script, a CI pipeline or another service."
          />
        ) : (
          <TokensTable organizationId={organizationId} tokens={rows} canManage={canManage} />
        )}
      </section>
    </div>
  );
}
