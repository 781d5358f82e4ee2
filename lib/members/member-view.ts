import "server-only";

import type { Role } from "@/lib/generated/prisma/enums";

/** A membership as the members page and the services return it. */
export type MemberView = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
};

type MembershipWithUser = {
  id: string;
  role: Role;
  createdAt: Date;
  user: { id: string; name: string; email: string };
};

export const MEMBERSHIP_WITH_USER = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

export function toMemberView(membership: MembershipWithUser): MemberView {
  return {
    membershipId: membership.id,
    userId: membership.user.id,
    name: membership.user.name,
    email: membership.user.email,
    role: membership.role,
    joinedAt: membership.createdAt,
  };
}
