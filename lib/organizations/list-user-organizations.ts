import "server-only";

import { getPrisma } from "@/lib/db/database";
import type { Role } from "@/lib/generated/prisma/enums";

export type UserOrganization = { id: string; name: string; role: Role };

/** The organizations a user belongs to, with the user's role in each, by name. */
export async function listUserOrganizations(userId: string): Promise<UserOrganization[]> {
  const prisma = await getPrisma();
  const memberships = await prisma.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return memberships.map((membership) => ({ ...membership.organization, role: membership.role }));
}
