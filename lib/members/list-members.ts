import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { getPrisma } from "@/lib/db/database";
import { MEMBERSHIP_WITH_USER, toMemberView, type MemberView } from "@/lib/members/member-view";

/** Lists the organization's members in the order they joined. */
export async function listMembers(caller: Caller, organizationId: string): Promise<MemberView[]> {
  const access = await authorizeOrganization(caller, organizationId, "members.read");
  const prisma = await getPrisma();
  const memberships = await prisma.membership.findMany({
    where: { organizationId: access.organizationId },
    select: MEMBERSHIP_WITH_USER,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return memberships.map(toMemberView);
}
