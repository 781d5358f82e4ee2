import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Caller } from "@/lib/access/caller";
import { can, type Permission } from "@/lib/access/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { Role } from "@/lib/generated/prisma/enums";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listOpenInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { organizationState } from "@/tests/access-management/access-test-helpers";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Setup = { organizationId: string; extraMembershipId: string; invitationId: string; apiTokenId: string };
type Operation = { label: string; permission: Permission; run: (caller: Caller, setup: Setup) => Promise<unknown> };

/** Every operation of this area with the permission that gates it. */
const OPERATIONS: Operation[] = [
  { label: "list members", permission: "members.read", run: (caller, s) => listMembers(caller, s.organizationId) },
  { label: "list invitations", permission: "members.read", run: (caller, s) => listOpenInvitations(caller, s.organizationId) },
  {
    label: "invite a member",
    permission: "members.manage",
    run: (caller, s) => createInvitation(caller, s.organizationId, { email: "new@table.example", role: "member" }),
  },
  {
    label: "invite an owner",
    permission: "owners.manage",
    run: (caller, s) => createInvitation(caller, s.organizationId, { email: "boss@table.example", role: "owner" }),
  },
  {
    label: "change a role",
    permission: "members.manage",
    run: (caller, s) => changeMemberRole(caller, s.organizationId, s.extraMembershipId, { role: "admin" }),
  },
  {
    label: "make an owner",
    permission: "owners.manage",
    run: (caller, s) => changeMemberRole(caller, s.organizationId, s.extraMembershipId, { role: "owner" }),
  },
  { label: "remove a member", permission: "members.manage", run: (caller, s) => removeMember(caller, s.organizationId, s.extraMembershipId) },
  { label: "revoke an invitation", permission: "members.manage", run: (caller, s) => revokeInvitation(caller, s.organizationId, s.invitationId) },
  { label: "list tokens", permission: "tokens.read", run: (caller, s) => listApiTokens(caller, s.organizationId) },
  {
    label: "create a token",
    permission: "tokens.manage",
    run: (caller, s) => createApiToken(caller, s.organizationId, { name: "Table", role: "member" }),
  },
  { label: "revoke a token", permission: "tokens.manage", run: (caller, s) => revokeApiToken(caller, s.organizationId, s.apiTokenId) },
];

const CASES = (["owner", "admin", "member"] as const).flatMap((role) =>
  OPERATIONS.map((operation) => ({ role, operation, allowed: can(role, operation.permission) })),
);

describe.each(testEngines())("permission table on %s", (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function freshOrganization(): Promise<Setup & Record<Role, Caller>> {
    const org = await createOrganizationWithUsers(database, "Table Org");
    const extra = await database.prisma.user.create({
      data: {
        email: `extra-${org.organizationId.toLowerCase()}@table.example`,
        name: "Extra",
        passwordHash: "not-used",
        memberships: { create: { organizationId: org.organizationId, role: "member" } },
      },
      include: { memberships: true },
    });
    const invitation = await createInvitation(org.owner, org.organizationId, { email: "pending@table.example", role: "member" });
    const apiToken = await createApiToken(org.owner, org.organizationId, { name: "Existing", role: "member" });
    return {
      ...org,
      extraMembershipId: extra.memberships[0].id,
      invitationId: invitation.invitation.id,
      apiTokenId: apiToken.apiToken.id,
    };
  }

  test.each(CASES)("$role: $operation.label allowed=$allowed", async ({ role, operation, allowed }) => {
    const setup = await freshOrganization();
    const before = await organizationState(database, setup.organizationId);
    const outcome = await operation.run(setup[role], setup).then(
      () => "ok",
      (error: { code?: string }) => error.code ?? "unexpected error",
    );

    if (allowed) {
      expect(outcome).toBe("ok");
    } else {
      expect(outcome).toBe("FORBIDDEN");
      expect(await organizationState(database, setup.organizationId)).toEqual(before);
    }
  });
});
