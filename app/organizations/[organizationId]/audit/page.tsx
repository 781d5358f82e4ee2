import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { pageAccess } from "@/lib/access/page-access";
import { toAuditEventRowView } from "@/lib/audit/audit-event-row-view";
import type { RawQuery } from "@/lib/audit/audit-events-query";
import { auditPageHref, canonicalAuditPageHref, singleValue } from "@/lib/audit/audit-page-links";
import { listAuditEvents, type AuditEventPage } from "@/lib/audit/list-audit-events";
import { AppError, type FieldErrors } from "@/lib/errors";

export const metadata: Metadata = { title: "Audit log" };

type PageProps = {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<RawQuery>;
};

const FORM_FIELDS = new Set(["action", "actor", "outcome", "from", "to"]);

export default async function AuditLogPage({ params, searchParams }: PageProps) {
  const { organizationId } = await params;
  const access = await pageAccess(organizationId, "audit.read");
  if (!access) {
    return <p className="text-sm text-zinc-700 dark:text-zinc-300">Your role in this organization cannot read the audit log.</p>;
  }

  const pagePath = `/organizations/${organizationId}/audit`;
  const rawQuery = await searchParams;
  const canonicalHref = canonicalAuditPageHref(pagePath, rawQuery);
  if (canonicalHref) redirect(canonicalHref);

  let page: AuditEventPage | null = null;
  let fieldErrors: FieldErrors = {};
  try {
    page = await listAuditEvents(access.caller, organizationId, rawQuery);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "VALIDATION_FAILED")) throw error;
    fieldErrors = error.fields ?? {};
  }

  const values = {
    action: singleValue(rawQuery, "action"),
    actor: singleValue(rawQuery, "actor"),
    outcome: singleValue(rawQuery, "outcome"),
    from: singleValue(rawQuery, "from"),
    to: singleValue(rawQuery, "to"),
    limit: singleValue(rawQuery, "limit"),
  };
  const filters = { ...rawQuery, cursor: undefined };
  const isFiltered = [values.action, values.actor, values.outcome, values.from, values.to].some(Boolean);
  // Errors about parameters the form does not show (cursor, limit, unknown ones) are listed above the results.
  const otherErrors = Object.entries(fieldErrors).filter(([name]) => !FORM_FIELDS.has(name));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Changes, credential checks and refused credentials in {access.organizationName}, newest first. Times are in UTC.
        </p>
      </div>

      <AuditFilterForm pagePath={pagePath} values={values} errors={fieldErrors} />

      {page === null ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-300">
          <p className="font-medium">These filters are invalid. Correct them, or clear the filters.</p>
          {otherErrors.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {otherErrors.map(([name, message]) => (
                <li key={name}>
                  <code>{name}</code>: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : page.events.length === 0 ? (
        <EmptyState
          title={isFiltered ? "No audit events match these filters" : "No audit events yet"}
          description={
            isFiltered
              ? "Try a wider time range or another action, or clear the filters."
              : "Changes to integrations, members and API tokens will be listed here."
          }
        />
      ) : (
        <>
          <AuditEventList events={page.events.map(toAuditEventRowView)} />
          <AuditPagination
            newestHref={rawQuery.cursor ? auditPageHref(pagePath, filters) : null}
            olderHref={page.nextCursor ? auditPageHref(pagePath, { ...filters, cursor: page.nextCursor }) : null}
          />
        </>
      )}
    </div>
  );
}
