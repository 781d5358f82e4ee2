import "server-only";

import { tokenOrganizationName } from "@/lib/access/api-tokens";
import { auditActorOf, type Caller } from "@/lib/access/caller";
import { can, type Permission } from "@/lib/access/permissions";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { getDatabase } from "@/lib/db/database";
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

type MembershipRow = { role: Role; organization_name: string };

// Plain SQL rather than Prisma for the reason given in api-tokens.ts: every
// page and every cookie-authenticated API request runs this lookup.
const MEMBERSHIP_SQL = `
  SELECT m.role, o.name AS organization_name
  FROM memberships m JOIN organizations o ON o.id = m.organization_id
  WHERE m.organization_id = $1 AND m.user_id = $2`;

// Built only when thrown: constructing an Error captures a stack trace, which
// showed in the request profile when it was built on every call.
function organizationNotFound(): AppError {
  return new AppError("NOT_FOUND", ORGANIZATION_NOT_FOUND_MESSAGE);
}

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
  if (typeof organizationId !== "string" || !isOrganizationId(organizationId)) throw organizationNotFound();

  const { prisma, sql } = await getDatabase();
  let role: Role;
  let organizationName: string;

  if (caller.kind === "user") {
    const [membership] = await sql.query<MembershipRow>(MEMBERSHIP_SQL, [organizationId, caller.userId]);
    if (!membership) throw organizationNotFound();
    role = membership.role;
    organizationName = membership.organization_name;
  } else {
    if (caller.organizationId !== organizationId) throw organizationNotFound();
    const nameReadWithToken = tokenOrganizationName(caller);
    if (nameReadWithToken !== undefined) {
      organizationName = nameReadWithToken;
    } else {
      // Only for a token caller that callerFromToken did not build, which no request path does.
      const organization = await prisma.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
      if (!organization) throw organizationNotFound();
      organizationName = organization.name;
    }
    role = caller.role;
  }

  if (!can(role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${role}) does not allow this action.`);
  }
  return { organizationId, organizationName, role, caller, actor: auditActorOf(caller) };
}
