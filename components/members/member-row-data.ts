import type { Role } from "@/lib/generated/prisma/enums";

/** One member as the members table receives it from the page. */
export type MemberRowData = {
  membershipId: string;
  name: string;
  email: string;
  role: Role;
  /** "2025-01-10", UTC. */
  joinedOn: string;
  isCurrentUser: boolean;
  /** The roles the viewer may give this member, empty when the viewer may not change or remove them. */
  assignableRoles: Role[];
};
