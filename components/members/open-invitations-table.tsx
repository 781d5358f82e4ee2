import { RevokeInvitationButton } from "@/components/members/revoke-invitation-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/members/member-input";

/** One invitation as the invitations table receives it from the page. */
export type InvitationRowData = {
  id: string;
  email: string;
  role: Role;
  expired: boolean;
  /** "2025-01-10 09:00 UTC". */
  expiresAt: string;
  createdOn: string;
};

type OpenInvitationsTableProps = { organizationId: string; invitations: InvitationRowData[]; canManage: boolean };

/** Lists the invitations not yet accepted or revoked, and marks the expired ones. */
export function OpenInvitationsTable({ organizationId, invitations, canManage }: OpenInvitationsTableProps) {
  return (
    <Table caption="Open invitations" captionHidden stacked>
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Invited</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead className="relative">
            {/* Positioned, so the sr-only text stays inside the table's scroll box instead of widening the page. */}
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id} data-testid="invitation-row">
            <TableHead scope="row">{invitation.email}</TableHead>
            <TableCell label="Role">{ROLE_LABELS[invitation.role]}</TableCell>
            <TableCell label="Status">
              {invitation.expired ? <Badge tone="warning">Expired</Badge> : <Badge tone="info">Pending</Badge>}
            </TableCell>
            <TableCell label="Invited">{invitation.createdOn}</TableCell>
            <TableCell label="Expires">{invitation.expiresAt}</TableCell>
            <TableCell data-area="actions" className="text-right">
              {canManage ? (
                <RevokeInvitationButton organizationId={organizationId} invitationId={invitation.id} email={invitation.email} />
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
