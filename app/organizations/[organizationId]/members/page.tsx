import type { Metadata } from "next";

import type { InvitationRowData } from "@/components/members/open-invitations-table";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import type { MemberRowData } from "@/components/members/member-row-data";
import { MembersTable } from "@/components/members/members-table";
import { OpenInvitationsTable } from "@/components/members/open-invitations-table";
import { RoleRequiredNotice } from "@/components/organizations/role-required-notice";
import { pageAccess } from "@/lib/access/page-access";
import { can } from "@/lib/access/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { listOpenInvitations } from "@/lib/invitations/list-invitations";
import { listMembers } from "@/lib/members/list-members";
import { MEMBER_ROLES } from "@/lib/members/member-input";
import { formatUtcDate, formatUtcDateTime } from "@/lib/organizations/format-date";

export const metadata: Metadata = { title: "Members" };

type PageProps = { params: Promise<{ organizationId: string }> };

export default async function MembersPage({ params }: PageProps) {
  const { organizationId } = await params;
  const access = await pageAccess(organizationId, "members.read");
  if (!access) {
    return (
      <RoleRequiredNotice title="Members" description="Only owners and admins can see and manage the members of this organization." />
    );
  }
  const [members, invitations] = await Promise.all([
    listMembers(access.caller, organizationId),
    listOpenInvitations(access.caller, organizationId),
  ]);

  const canManage = can(access.role, "members.manage");
  const canManageOwners = can(access.role, "owners.manage");
  // The same rules the services enforce, so the page offers only what will succeed.
  const grantableRoles: Role[] = MEMBER_ROLES.filter((role) => role !== "owner" || canManageOwners);
  const currentUserId = access.caller.kind === "user" ? access.caller.userId : null;

  const memberRows: MemberRowData[] = members.map((member) => ({
    membershipId: member.membershipId,
    name: member.name,
    email: member.email,
    role: member.role,
    joinedOn: formatUtcDate(member.joinedAt),
    isCurrentUser: member.userId === currentUserId,
    assignableRoles: canManage && (member.role !== "owner" || canManageOwners) ? grantableRoles : [],
  }));
  const invitationRows: InvitationRowData[] = invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expired: invitation.status === "expired",
    expiresAt: formatUtcDateTime(invitation.expiresAt),
    createdOn: formatUtcDate(invitation.createdAt),
  }));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          People who can sign in to {access.organizationName}. Admins manage integrations, members and API tokens.
          Only owners can make or change owners.
        </p>
      </div>

      {canManage ? <InviteMemberForm organizationId={organizationId} roles={grantableRoles} /> : null}

      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-lg font-semibold">
          {members.length === 1 ? "1 member" : `${members.length} members`}
        </h2>
        <MembersTable organizationId={organizationId} organizationName={access.organizationName} members={memberRows} />
      </section>

      <section aria-labelledby="invitations-title" className="space-y-3">
        <h2 id="invitations-title" className="text-lg font-semibold">
          Open invitations
        </h2>
        {invitationRows.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No open invitations.</p>
        ) : (
          <OpenInvitationsTable organizationId={organizationId} invitations={invitationRows} canManage={canManage} />
        )}
      </section>
    </div>
  );
}
