import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { MEMBER_NOT_FOUND_MESSAGE } from "@/lib/members/change-member-role";
import { MEMBERSHIP_WITH_USER } from "@/lib/members/member-view";
import { lockOrganizationRow, requireAnotherOwner, requireOwnersPermission } from "@/lib/members/owner-rules";
import { recordIdOrNotFound } from "@/lib/organizations/record-id";

/**
 * Removes a member from the organization. The user's account stays. Admins
 * remove admins and members, only owners remove owners, and the last owner
 * cannot be removed. Members may remove themselves under the same rules.
 */
export async function removeMember(caller: Caller, organizationId: string, membershipId: unknown): Promise<void> {
  const access = await authorizeOrganization(caller, organizationId, "members.manage");
  const id = recordIdOrNotFound(membershipId, MEMBER_NOT_FOUND_MESSAGE);
  const prisma = await getPrisma();

  await prisma.$transaction(async (tx) => {
    await lockOrganizationRow(tx, access.organizationId);
    const target = await tx.membership.findFirst({
      where: { id, organizationId: access.organizationId },
      select: MEMBERSHIP_WITH_USER,
    });
    if (!target) throw new AppError("NOT_FOUND", MEMBER_NOT_FOUND_MESSAGE);

    if (target.role === "owner") {
      requireOwnersPermission(access, "Only owners can remove an owner.");
      await requireAnotherOwner(tx, access.organizationId, target.id);
    }

    await tx.membership.delete({ where: { id: target.id } });
    await recordAuditEvent(
      {
        organizationId: access.organizationId,
        actor: access.actor,
        action: "member.removed",
        targetType: "membership",
        targetId: target.id,
        outcome: "success",
        details: { user_id: target.user.id, email: target.user.email, role: target.role },
      },
      tx,
    );
  });

  logger.info({ organizationId, membershipId: id }, "Removed a member");
}
