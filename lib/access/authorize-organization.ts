import "server-only";

import { auditActorOf, type Caller } from "@/lib/access/caller";
import { can, type Permission } from "@/lib/access/permissions";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { isOrganizationId } from "@/lib/ids";

/** A caller's checked access to one organization: what every service function takes. */
export type OrganizationAccess = {
  organizationId: string;
  organizationName: string;
  role: Role;
  caller: Caller;
  actor: AuditActor;
};

export const ORGANIZATION_NOT_FOUND_MESSAGE = "Organization not found.";

/**
 * Checks that the caller belongs to the organization and that its role grants
 * the permission. A caller outside the organization gets NOT_FOUND, exactly as
 * for an organization that does not exist, so ids cannot be probed. The role
 * always comes from the membership or the token, never from the request.
 */
export async function authorizeOrganization(
  caller: Caller,
  organizationId: string,
  permission: Permission,
): Promise<OrganizationAccess> {
  const notFound = new AppError("NOT_FOUND", ORGANIZATION_NOT_FOUND_MESSAGE);
  if (typeof organizationId !== "string" || !isOrganizationId(organizationId)) throw notFound;

  const prisma = await getPrisma();
  let role: Role;
  let organizationName: string;

  if (caller.kind === "user") {
    const membership = await prisma.membership.findUnique({
      where: { organizationId_userId: { organizationId, userId: caller.userId } },
      select: { role: true, organization: { select: { name: true } } },
    });
    if (!membership) throw notFound;
    role = membership.role;
    organizationName = membership.organization.name;
  } else {
    if (caller.organizationId !== organizationId) throw notFound;
    const organization = await prisma.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
    if (!organization) throw notFound;
    role = caller.role;
    organizationName = organization.name;
  }

  if (!can(role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${role}) does not allow this action.`);
  }
  return { organizationId, organizationName, role, caller, actor: auditActorOf(caller) };
}
