import type { AuditActor } from "@/lib/audit/record-audit-event";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who is making a request: a signed-in user, or an organization API token. */
export type Caller =
  | { kind: "user"; userId: string; email: string; ip: string | null; userAgent: string | null }
  | {
      kind: "token";
      tokenId: string;
      prefix: string;
      organizationId: string;
      role: Role;
      ip: string | null;
      userAgent: string | null;
    };

export function auditActorOf(caller: Caller): AuditActor {
  return caller.kind === "user"
    ? { userId: caller.userId, label: caller.email, ip: caller.ip, userAgent: caller.userAgent }
    : { userId: null, label: `API token ${caller.prefix}…`, ip: caller.ip, userAgent: caller.userAgent };
}
