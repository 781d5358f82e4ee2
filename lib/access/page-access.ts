import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { authorizeOrganization, type OrganizationAccess } from "@/lib/access/authorize-organization";
import type { Permission } from "@/lib/access/permissions";
import { requireSessionCaller } from "@/lib/access/session-caller";
import { AppError } from "@/lib/errors";

/**
 * A page's access check: a signed-in user (else /login), a member of the
 * organization (else the 404 page, as for a missing organization). Returns
 * null when the member's role lacks the permission, so the page can explain.
 * The organization layout and its page make the same check in one request;
 * React's cache() runs it once and hands the page the layout's result.
 */
export const pageAccess = cache(async function pageAccess(
  organizationId: string,
  permission: Permission,
): Promise<OrganizationAccess | null> {
  const caller = await requireSessionCaller();
  try {
    return await authorizeOrganization(caller, organizationId, permission);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") return null;
    throw error;
  }
});
