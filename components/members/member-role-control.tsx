"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { changeMemberRoleAction } from "@/app/organizations/[organizationId]/members/actions";
import type { MemberRowData } from "@/components/members/member-row-data";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { ChevronDownIcon } from "@/components/ui/icons";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/members/member-input";

type MemberRoleControlProps = { organizationId: string; member: MemberRowData; onError: (message: string | null) => void };

/** Renders a role picker that saves as soon as a role is chosen, and returns to the saved role when the change fails. */
export function MemberRoleControl({ organizationId, member, onError }: MemberRoleControlProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<Role>(member.role);

  function changeRole(role: Role) {
    setSelected(role);
    onError(null);
    startTransition(async () => {
      const result = await changeMemberRoleAction(organizationId, member.membershipId, { role });
      if (!result.ok) {
        setSelected(member.role);
        onError(result.message);
        return;
      }
      router.refresh();
    });
  }

  return (
    <div className="relative w-32">
      <select
        aria-label={`Role of ${member.name}`}
        value={selected}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(event) => changeRole(event.target.value as Role)}
        className={cn(controlClasses(false), "appearance-none pr-9")}
      >
        {member.assignableRoles.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-zinc-500 dark:text-zinc-400" />
    </div>
  );
}
