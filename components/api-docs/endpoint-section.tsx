import { SchemaFields, describeSchemaType } from "@/components/api-docs/schema-fields";

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };
type Response = { description: string; content?: { "application/json": { schema: Record<string, unknown> } } };
export type DocumentedOperation = {
  operationId: string;
  summary: string;
  description?: string;
  security?: unknown[];
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: Record<string, unknown> } } };
  responses: Record<string, Response>;
};

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  post: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  delete: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

/** One documented operation: method and path, what it does, its parameters, body and responses. */
export function EndpointSection({ method, path, operation }: { method: string; path: string; operation: DocumentedOperation }) {
  const body = operation.requestBody?.content["application/json"].schema;
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-3">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_COLOURS[method] ?? ""}`}>{method}</span>
        <code className="break-all font-mono text-sm">{path}</code>
      </h3>
      <p className="mt-2 font-medium">{operation.summary}</p>
      {operation.description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{operation.description}</p> : null}
      {operation.security && operation.security.length === 0 ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">No authentication needed.</p>
      ) : null}

      {operation.parameters.length > 0 ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold">Parameters</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {operation.parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`}>
                <code className="font-mono text-xs">{parameter.name}</code>{" "}
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  ({parameter.in}, {parameter.required ? "required" : "optional"}, {describeSchemaType(parameter.schema)})
                </span>
                {parameter.description ? <span className="text-xs text-zinc-600 dark:text-zinc-400"> {parameter.description}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {body ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold">JSON body</h4>
          <SchemaFields schema={body} caption={`Body fields of ${operation.summary}`} />
        </div>
      ) : null}

      <div className="mt-4">
        <h4 className="text-sm font-semibold">Responses</h4>
        <ul className="mt-1 space-y-1 text-sm">
          {Object.entries(operation.responses).map(([status, response]) => (
            <li key={status}>
              <code className="font-mono text-xs font-semibold">{status}</code>{" "}
              <span className="text-zinc-600 dark:text-zinc-400">{response.description}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
