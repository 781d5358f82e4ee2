import type { Metadata } from "next";
import Link from "next/link";

import { EndpointSection, type DocumentedOperation } from "@/components/api-docs/endpoint-section";
import { requireSessionCaller } from "@/lib/access/session-caller";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiReferencePage() {
  await requireSessionCaller();
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation as DocumentedOperation & { tags: string[] } })),
  );
  const tags = document.tags.map((tag) => tag.name);

  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <Link href="/organizations" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        ← Back to the console
      </Link>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight">{document.info.title}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{document.info.description}</p>
      <div className="mt-4 space-y-2 rounded-lg border border-zinc-200 bg-zinc-50 p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
        <p>
          Authenticate with <code className="font-mono">Authorization: Bearer sb_…</code>, an organization API token an admin creates on the
          API tokens page, or with the console&apos;s session cookie (writes then need a same-origin <code className="font-mono">Origin</code>).
        </p>
        <p>
          Every error has the body <code className="font-mono">{'{"success": false, "error": {"code", "message", "fields"}}'}</code>; a caller
          outside the organization gets 404 exactly as for one that does not exist.
        </p>
        <p>
          The machine-readable document: <a className="text-indigo-700 underline dark:text-indigo-300" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
        </p>
      </div>

      <nav aria-label="Endpoints" className="mt-8">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Endpoints</h2>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {operations.map(({ path, method, operation }) => (
            <li key={operation.operationId}>
              <a className="hover:underline" href={`#${operation.operationId}`}>
                <span className="font-mono text-xs uppercase">{method}</span> {operation.summary}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {tags.map((tag) => (
        <section key={tag} className="mt-10" aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="text-xl font-semibold">{tag}</h2>
          <div className="mt-4 space-y-4">
            {operations
              .filter(({ operation }) => operation.tags.includes(tag))
              .map(({ path, method, operation }) => (
                <EndpointSection key={operation.operationId} method={method} path={path} operation={operation} />
              ))}
          </div>
        </section>
      ))}
    </main>
  );
}
