import { RevokeTokenButton } from "@/components/tokens/revoke-token-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/members/member-input";

/** One API token as the tokens table receives it from the page, with dates already formatted. */
export type TokenRowData = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

type TokensTableProps = { organizationId: string; tokens: TokenRowData[]; canManage: boolean };

export function TokensTable({ organizationId, tokens, canManage }: TokensTableProps) {
  return (
    <Table caption="API tokens" captionHidden stacked>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Token</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="relative">
            {/* Positioned, so the sr-only text stays inside the table's scroll box instead of widening the page. */}
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id} data-testid="api-token-row">
            <TableHead scope="row">{token.name}</TableHead>
            <TableCell label="Role">{ROLE_LABELS[token.role]}</TableCell>
            <TableCell label="Token" className="font-mono text-xs">
              {token.prefix}…
            </TableCell>
            <TableCell label="Created">{token.createdAt}</TableCell>
            <TableCell label="Last used">{token.lastUsedAt ?? "Never"}</TableCell>
            <TableCell label="Status">
              {token.revokedAt ? (
                <Badge tone="danger">Revoked {token.revokedAt}</Badge>
              ) : (
                <Badge tone="success">Active</Badge>
              )}
            </TableCell>
            <TableCell data-area="actions" className="text-right">
              {canManage && !token.revokedAt ? (
                <RevokeTokenButton organizationId={organizationId} tokenId={token.id} name={token.name} />
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
