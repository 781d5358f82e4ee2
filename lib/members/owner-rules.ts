import "server-only";

import type { OrganizationAccess } from "@/lib/access/authorize-organization";
import { can } from "@/lib/access/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const LAST_OWNER_MESSAGE =
  "An organization needs at least one owner. Make another member an owner first.";

/** Throws FORBIDDEN unless the caller's role may make, change or remove owners. */
export function requireOwnersPermission(access: OrganizationAccess, message: string): void {
  if (!can(access.role, "owners.manage")) throw new AppError("FORBIDDEN", message);
}

/**
 * Locks the organization's row until the transaction ends. Every change that
 * can take away an owner takes this lock first, so two owners demoting each
 * other at the same time run one after the other, and the second one finds
 * that it would remove the last owner. FOR NO KEY UPDATE does not block inserts that
 * only reference the row, such as new memberships and audit events.
 */
export async function lockOrganizationRow(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${organizationId} FOR NO KEY UPDATE`;
}

/** Throws CONFLICT when no owner other than `membershipId` would remain. Call it after lockOrganizationRow. */
export async function requireAnotherOwner(
  tx: Prisma.TransactionClient,
  organizationId: string,
  membershipId: string,
): Promise<void> {
  const otherOwners = await tx.membership.count({
    where: { organizationId, role: "owner", id: { not: membershipId } },
  });
  if (otherOwners === 0) throw new AppError("CONFLICT", LAST_OWNER_MESSAGE);
}
