import "server-only";

import { getDatabase } from "@/lib/db/database";
import type { Role } from "@/lib/generated/prisma/enums";

export type UserOrganization = { id: string; name: string; role: Role };

// Plain SQL rather than Prisma: every console page runs this for its
// organization switcher, and Prisma 6 compiles each query on every call
// (docs/benchmarks.md). The id breaks ties between organizations of one name.
const USER_ORGANIZATIONS_SQL = `
  SELECT o.id, o.name, m.role
  FROM memberships m JOIN organizations o ON o.id = m.organization_id
  WHERE m.user_id = $1
  ORDER BY o.name ASC, o.id ASC`;

/** The organizations a user belongs to, with the user's role in each, by name. */
export async function listUserOrganizations(userId: string): Promise<UserOrganization[]> {
  const database = await getDatabase();
  return database.sql.query<UserOrganization>(USER_ORGANIZATIONS_SQL, [userId]);
}
