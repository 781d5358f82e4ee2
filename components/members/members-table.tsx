"use client";

import { useState } from "react";

import { MemberRoleControl } from "@/components/members/member-role-control";
import type { MemberRowData } from "@/components/members/member-row-data";
import { RemoveMemberButton } from "@/components/members/remove-member-button";
import { FormAlert } from "@/components/organizations/form-alert";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/members/member-input";

type MembersTableProps = {
  organizationId: string;
  organizationName: string;
  members: MemberRowData[];
};

/** Lists the organization's members. Rows the viewer may manage get a role picker and a remove button. */
export function MembersTable({ organizationId, organizationName, members }: MembersTableProps) {
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <Table caption="Members" captionHidden stacked>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Joined</TableHead>
            <TableHead className="relative">
              {/* Positioned, so the sr-only text stays inside the table's scroll box instead of widening the page. */}
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const manageable = member.assignableRoles.length > 0;
            return (
              <TableRow key={member.membershipId} data-testid="member-row">
                <TableHead scope="row">
                  {member.name}
                  {member.isCurrentUser ? <span className="ml-1.5 text-xs font-normal text-zinc-600 dark:text-zinc-400">(you)</span> : null}
                </TableHead>
                <TableCell label="Email" wide>
                  {member.email}
                </TableCell>
                <TableCell label="Role">
                  {manageable ? (
                    <MemberRoleControl
                      // Remounts the picker when the saved role changes, so it shows the new role.
                      key={member.role}
                      organizationId={organizationId}
                      member={member}
                      onError={setError}
                    />
                  ) : (
                    <Badge>{ROLE_LABELS[member.role]}</Badge>
                  )}
                </TableCell>
                <TableCell label="Joined">
                  <time dateTime={member.joinedOn}>{member.joinedOn}</time>
                </TableCell>
                <TableCell data-area="actions" className="text-right">
                  {manageable ? (
                    <RemoveMemberButton organizationId={organizationId} organizationName={organizationName} member={member} />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
