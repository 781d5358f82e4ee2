import Link from "next/link";

import { auditActionOptionGroups } from "@/components/audit/audit-action-options";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses, FieldShell, fieldIds } from "@/components/ui/field";
import { ChevronDownIcon } from "@/components/ui/icons";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/lib/errors";

/** The filter values as the URL contains them; an absent filter is an empty string. */
export type AuditFilterValues = { action: string; actor: string; outcome: string; from: string; to: string; limit: string };

type AuditFilterFormProps = {
  /** The audit page's path; the form submits to it with GET, so the filters land in the URL. */
  pagePath: string;
  values: AuditFilterValues;
  errors: FieldErrors;
};

const DATE_ONLY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const OUTCOME_OPTIONS = [
  { value: "success", label: "Succeeded" },
  { value: "failure", label: "Failed" },
];

/**
 * Renders the audit log's filters as a plain GET form that works without JavaScript.
 * Submitting drops the cursor, so new filters start again at the newest events.
 */
export function AuditFilterForm({ pagePath, values, errors }: AuditFilterFormProps) {
  return (
    <form
      method="get"
      action={pagePath}
      role="search"
      aria-label="Filter audit events"
      className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <ActionSelect value={values.action} error={errors.action} />
        <TextField
          id="audit-filter-actor"
          name="actor"
          label="Actor"
          placeholder="admin@example.com"
          defaultValue={values.actor}
          autoComplete="off"
          spellCheck={false}
          error={errors.actor}
        />
        <SelectField
          id="audit-filter-outcome"
          name="outcome"
          label="Outcome"
          placeholder="Any outcome"
          options={OUTCOME_OPTIONS}
          defaultValue={values.outcome}
          error={errors.outcome}
        />
        {/* NOTE: a date input cannot show a full ISO time from a shared link; such a bound still filters until the form is submitted again. */}
        <TextField
          id="audit-filter-from"
          name="from"
          type="date"
          label="From (UTC)"
          defaultValue={DATE_ONLY_PATTERN.test(values.from) ? values.from : ""}
          error={errors.from}
        />
        <TextField
          id="audit-filter-to"
          name="to"
          type="date"
          label="To (UTC, inclusive)"
          defaultValue={DATE_ONLY_PATTERN.test(values.to) ? values.to : ""}
          error={errors.to}
        />
      </div>
      {values.limit ? <input type="hidden" name="limit" value={values.limit} /> : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Link href={pagePath} className={buttonClasses("ghost")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/**
 * Renders the action filter as a native select with one group per category.
 * SelectField has no option groups, so this composes the same field shell and control styles.
 */
function ActionSelect({ value, error }: { value: string; error: string | undefined }) {
  const ids = fieldIds("audit-filter-action", false, Boolean(error));
  const groups = auditActionOptionGroups();
  const isListed = value === "" || groups.some((group) => group.options.some((option) => option.value === value));

  return (
    <FieldShell ids={ids} label="Action" error={error}>
      <div className="relative">
        <select
          id={ids.controlId}
          name="action"
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className={cn(controlClasses(Boolean(error)), "appearance-none pr-9")}
        >
          <option value="">Any action</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
          {/* A value from a shared link that the list does not offer, kept so the form shows what is applied. */}
          {isListed ? null : <option value={value}>{value}</option>}
        </select>
        <ChevronDownIcon className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-zinc-500 dark:text-zinc-400" />
      </div>
    </FieldShell>
  );
}
