import { z } from "zod";

import type { Role } from "@/lib/generated/prisma/enums";

/** Roles a person can hold in an organization, highest first. */
export const MEMBER_ROLES = ["owner", "admin", "member"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = { owner: "Owner", admin: "Admin", member: "Member" };

export const memberRoleSchema = z.enum(MEMBER_ROLES, { error: "Choose owner, admin or member." });

/** The input of "change a member's role". */
export const changeMemberRoleSchema = z.object({ role: memberRoleSchema }).strict();

export type ChangeMemberRoleInput = z.input<typeof changeMemberRoleSchema>;
