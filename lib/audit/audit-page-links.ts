import "server-only";

import { withoutEmptyValues, type RawQuery } from "@/lib/audit/audit-events-query";

/** The query parameters the audit page keeps in its links, in the order they appear in URLs. */
const PAGE_PARAMETERS = ["action", "actor", "outcome", "from", "to", "limit", "cursor"] as const;

/**
 * Returns the URL without its empty parameters when it has any, such as after
 * a form submission with blank fields; otherwise null. Repeated parameters stay
 * repeated, so validation can report them.
 */
export function canonicalAuditPageHref(pagePath: string, raw: RawQuery): string | null {
  const hasEmptyValue = Object.values(raw).some((value) => (Array.isArray(value) ? value.includes("") : value === ""));
  return hasEmptyValue ? auditPageHref(pagePath, withoutEmptyValues(raw)) : null;
}

/** Builds a link to the audit page with the given parameters, leaving out empty ones. */
export function auditPageHref(pagePath: string, parameters: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  const names = [...PAGE_PARAMETERS, ...Object.keys(parameters).filter((name) => !PAGE_PARAMETERS.includes(name as never))];
  for (const name of names) {
    const value = parameters[name];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item) search.append(name, item);
    }
  }
  const text = search.toString();
  return text ? `${pagePath}?${text}` : pagePath;
}

/** Returns a parameter's value for filling a form field, or "" when it is absent or repeated. */
export function singleValue(raw: RawQuery, name: string): string {
  const value = raw[name];
  return typeof value === "string" ? value : "";
}
