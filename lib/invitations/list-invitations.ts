import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { getPrisma } from "@/lib/db/database";
import { INVITATION_VIEW_FIELDS, toInvitationView, type InvitationView } from "@/lib/invitations/invitation-view";

/**
 * Lists the invitations that were neither accepted nor revoked, newest first.
 * Expired ones are included with the status "expired", so an admin can tell
 * that the link no longer works.
 */
export async function listOpenInvitations(caller: Caller, organizationId: string): Promise<InvitationView[]> {
  const access = await authorizeOrganization(caller, organizationId, "members.read");
  const prisma = await getPrisma();
  const rows = await prisma.invitation.findMany({
    where: { organizationId: access.organizationId, acceptedAt: null, revokedAt: null },
    select: INVITATION_VIEW_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const now = new Date();
  return rows.map((row) => toInvitationView(row, now));
}
