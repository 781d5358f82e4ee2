import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one permission table. Every page, server action and API route asks it
 * through `can` (usually by way of authorizeOrganization), never by comparing
 * roles itself.
 */
export const PERMISSION_TABLE = {
  "integrations.read": ["owner", "admin", "member"],
  "integrations.write": ["owner", "admin"],
  "routing.read": ["owner", "admin", "member"],
  "audit.read": ["owner", "admin", "member"],
  "members.read": ["owner", "admin"],
  /** Invite, change and remove admins and members. */
  "members.manage": ["owner", "admin"],
  /** Make someone an owner, or change or remove an owner. */
  "owners.manage": ["owner"],
  "tokens.read": ["owner", "admin"],
  "tokens.manage": ["owner", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_TABLE;

export const ROLES: readonly Role[] = ["owner", "admin", "member"];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSION_TABLE[permission] as readonly Role[]).includes(role);
}
