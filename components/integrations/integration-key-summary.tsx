import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

/** "Key stored" with the key's non-secret hint, or "No key". */
export function IntegrationKeySummary({ integration }: { integration: IntegrationRowView }) {
  if (!integration.hasKey) return <span className="text-zinc-500 dark:text-zinc-400">No key</span>;
  return (
    <span className="flex flex-col">
      <span>Key stored</span>
      {integration.keyHint ? (
        <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{integration.keyHint}</span>
      ) : null}
    </span>
  );
}

/** The provider's organization and project ids, each labelled, or a dash when neither is set. */
export function IntegrationProviderIds({ integration }: { integration: IntegrationRowView }) {
  const ids = [
    { label: "Org", value: integration.providerOrgId },
    { label: "Project", value: integration.providerProjectId },
  ].filter((id): id is { label: string; value: string } => id.value !== null);

  if (ids.length === 0) {
    return (
      <span className="text-zinc-500 dark:text-zinc-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">None</span>
      </span>
    );
  }
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs">
      {ids.map((id) => (
        <div key={id.label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{id.label}</dt>
          <dd className="break-all font-mono text-zinc-700 dark:text-zinc-300">
            {id.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
