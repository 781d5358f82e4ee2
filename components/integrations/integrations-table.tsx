import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

type IntegrationsTableProps = {
  organizationId: string;
  integrations: IntegrationRowView[];
  canWrite: boolean;
};

const PROVIDER_LABELS: Record<IntegrationRowView["providerName"], string> = {
  aitronos: "Aitronos",
  openai: "OpenAI",
  anthropic: "Anthropic",
  clipdrop: "ClipDrop",
};

export function IntegrationsTable({ integrations }: IntegrationsTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="sr-only">Provider integrations</caption>
        <thead className="bg-zinc-50 text-left text-xs font-medium uppercase tracking-wide text-zinc-500 dark:bg-zinc-900">
          <tr>
            <th scope="col" className="px-4 py-3">Provider</th>
            <th scope="col" className="px-4 py-3">Provider org / project</th>
            <th scope="col" className="px-4 py-3">Key</th>
            <th scope="col" className="px-4 py-3">Active</th>
            <th scope="col" className="px-4 py-3">Validation</th>
            <th scope="col" className="px-4 py-3">Created</th>
            <th scope="col" className="px-4 py-3">Updated</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {integrations.map((integration) => (
            <tr key={integration.id} data-testid="integration-row">
              <td className="px-4 py-3 font-medium">{PROVIDER_LABELS[integration.providerName]}</td>
              <td className="px-4 py-3 font-mono text-xs">
                {integration.providerOrgId ?? "—"} / {integration.providerProjectId ?? "—"}
              </td>
              <td className="px-4 py-3">{integration.hasKey ? `Stored (${integration.keyHint})` : "None"}</td>
              <td className="px-4 py-3">
                <span
                  role="switch"
                  aria-checked={integration.isActive}
                  aria-readonly="true"
                  aria-label={`${PROVIDER_LABELS[integration.providerName]} integration active`}
                >
                  {integration.isActive ? "On" : "Off"}
                </span>
              </td>
              <td className="px-4 py-3">{integration.validationStatus}</td>
              <td className="px-4 py-3">{integration.createdAt}</td>
              <td className="px-4 py-3">{integration.updatedAt}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
