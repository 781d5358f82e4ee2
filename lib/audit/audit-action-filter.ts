import "server-only";

import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";

/** Returns the part of an action before its dot, such as "integration" in "integration.activated". */
export function actionCategory(action: string): string {
  return action.split(".")[0];
}

/** Every category of AUDIT_ACTIONS, in the order the list first names them. */
export const AUDIT_ACTION_CATEGORIES: readonly string[] = [...new Set(AUDIT_ACTIONS.map(actionCategory))];

const CATEGORY_SUFFIX = ".*";

/**
 * Checks that a value is a valid `action` filter: one action of AUDIT_ACTIONS
 * ("integration.activated"), or a whole category written with a wildcard ("integration.*").
 */
export function isAuditActionFilter(value: string): boolean {
  if ((AUDIT_ACTIONS as readonly string[]).includes(value)) return true;
  return value.endsWith(CATEGORY_SUFFIX) && AUDIT_ACTION_CATEGORIES.includes(value.slice(0, -CATEGORY_SUFFIX.length));
}

/**
 * Lists the actions a valid filter value matches. A category matches the actions of
 * AUDIT_ACTIONS in it, so the query compares whole names and never needs LIKE.
 */
export function actionsMatchingFilter(value: string): AuditAction[] {
  if (!value.endsWith(CATEGORY_SUFFIX)) return AUDIT_ACTIONS.filter((action) => action === value);
  const category = value.slice(0, -CATEGORY_SUFFIX.length);
  return AUDIT_ACTIONS.filter((action) => actionCategory(action) === category);
}

/** Returns the filter value that selects a whole category, such as "integration.*". */
export function categoryFilterValue(category: string): string {
  return `${category}${CATEGORY_SUFFIX}`;
}
