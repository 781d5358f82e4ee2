import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { changeMemberRoleSchema } from "@/lib/members/member-input";
import { MEMBERSHIP_WITH_USER, toMemberView, type MemberView } from "@/lib/members/member-view";
import { lockOrganizationRow, requireAnotherOwner, requireOwnersPermission } from "@/lib/members/owner-rules";
import { recordIdOrNotFound } from "@/lib/organizations/record-id";

export const MEMBER_NOT_FOUND_MESSAGE = "Member not found.";

/**
 * Changes a member's role. Admins manage admins and members. Only owners make
 * someone an owner or change an owner's role, and the last owner cannot be
 * demoted. The membership is looked up by organization and id together, so an
 * id from another organization is NOT_FOUND. Setting the current role again
 * changes and records nothing.
 */
export async function changeMemberRole(
  caller: Caller,
  organizationId: string,
  membershipId: unknown,
  rawInput: unknown,
): Promise<MemberView> {
  const access = await authorizeOrganization(caller, organizationId, "members.manage");
  const id = recordIdOrNotFound(membershipId, MEMBER_NOT_FOUND_MESSAGE);
  const { role } = changeMemberRoleSchema.parse(rawInput);
  const prisma = await getPrisma();

  const result = await prisma.$transaction(async (tx) => {
    await lockOrganizationRow(tx, access.organizationId);
    const target = await tx.membership.findFirst({
      where: { id, organizationId: access.organizationId },
      select: MEMBERSHIP_WITH_USER,
    });
    if (!target) throw new AppError("NOT_FOUND", MEMBER_NOT_FOUND_MESSAGE);

    if (target.role === "owner") requireOwnersPermission(access, "Only owners can change an owner's role.");
    if (role === "owner") requireOwnersPermission(access, "Only owners can make someone an owner.");
    if (target.role === role) return { member: toMemberView(target), changed: false };
    if (target.role === "owner") await requireAnotherOwner(tx, access.organizationId, target.id);

    const updated = await tx.membership.update({ where: { id: target.id }, data: { role }, select: MEMBERSHIP_WITH_USER });
    await recordAuditEvent(
      {
        organizationId: access.organizationId,
        actor: access.actor,
        action: "member.role_changed",
        targetType: "membership",
        targetId: target.id,
        outcome: "success",
        details: { user_id: target.user.id, email: target.user.email, previous_role: target.role, role },
      },
      tx,
    );
    return { member: toMemberView(updated), changed: true };
  });

  if (result.changed) {
    logger.info({ organizationId, membershipId: id, role }, "Changed a member's role");
  }
  return result.member;
}
