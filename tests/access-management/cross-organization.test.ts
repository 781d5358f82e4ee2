import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listOpenInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { expectAppError, organizationState } from "@/tests/access-management/access-test-helpers";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Organization = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

/**
 * An owner of organization B uses organization A's member, invitation and
 * token ids, under A's path and under B's own. Every attempt must be
 * NOT_FOUND, exactly like an id that does not exist, and leave A unchanged.
 */
describe.each(testEngines())("cross-organization ids on %s", (engine) => {
  let database: TestDatabase;
  let orgA: Organization;
  let orgB: Organization;
  const idsOfA = { memberMembershipId: "", ownerMembershipId: "", invitationId: "", apiTokenId: "" };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    orgA = await createOrganizationWithUsers(database, "Organization A");
    orgB = await createOrganizationWithUsers(database, "Organization B");

    const memberships = await database.prisma.membership.findMany({ where: { organizationId: orgA.organizationId } });
    idsOfA.memberMembershipId = memberships.find((row) => row.userId === orgA.member.userId)!.id;
    idsOfA.ownerMembershipId = memberships.find((row) => row.userId === orgA.owner.userId)!.id;
    idsOfA.invitationId = (
      await createInvitation(orgA.admin, orgA.organizationId, { email: "pending@a.example", role: "member" })
    ).invitation.id;
    idsOfA.apiTokenId = (await createApiToken(orgA.admin, orgA.organizationId, { name: "A's token", role: "admin" })).apiToken.id;
  });
  afterAll(async () => {
    await database.drop();
  });

  type Attempt = [string, (organizationId: string) => Promise<unknown>];
  const organizationAttempts: Attempt[] = [
    ["list members", (organizationId) => listMembers(orgB.owner, organizationId)],
    ["list invitations", (organizationId) => listOpenInvitations(orgB.owner, organizationId)],
    ["list tokens", (organizationId) => listApiTokens(orgB.owner, organizationId)],
    ["invite", (organizationId) => createInvitation(orgB.owner, organizationId, { email: "intruder@b.example", role: "owner" })],
    ["create token", (organizationId) => createApiToken(orgB.owner, organizationId, { name: "Intruder", role: "admin" })],
  ];
  // Attempts that name one of A's rows by id.
  const rowAttempts: Attempt[] = [
    ["promote a member", (organizationId) => changeMemberRole(orgB.owner, organizationId, idsOfA.memberMembershipId, { role: "owner" })],
    ["demote the owner", (organizationId) => changeMemberRole(orgB.owner, organizationId, idsOfA.ownerMembershipId, { role: "member" })],
    ["remove a member", (organizationId) => removeMember(orgB.owner, organizationId, idsOfA.memberMembershipId)],
    ["revoke an invitation", (organizationId) => revokeInvitation(orgB.owner, organizationId, idsOfA.invitationId)],
    ["revoke a token", (organizationId) => revokeApiToken(orgB.owner, organizationId, idsOfA.apiTokenId)],
  ];

  test.each([...organizationAttempts, ...rowAttempts])("%s under A's path is NOT_FOUND", async (_label, attempt) => {
    const before = await organizationState(database, orgA.organizationId);
    await expectAppError(attempt(orgA.organizationId), "NOT_FOUND");
    expect(await organizationState(database, orgA.organizationId)).toEqual(before);
  });

  test.each(rowAttempts)("%s with A's id under B's path is NOT_FOUND", async (_label, attempt) => {
    const beforeA = await organizationState(database, orgA.organizationId);
    const beforeB = await organizationState(database, orgB.organizationId);
    await expectAppError(attempt(orgB.organizationId), "NOT_FOUND");
    expect(await organizationState(database, orgA.organizationId)).toEqual(beforeA);
    expect(await organizationState(database, orgB.organizationId)).toEqual(beforeB);
  });

  test("errors match those of a missing organization", async () => {
    const foreign = await expectAppError(listMembers(orgB.owner, orgA.organizationId), "NOT_FOUND");
    const missing = await expectAppError(listMembers(orgB.owner, "ORG_FFFFFFFFFFFFFFFF"), "NOT_FOUND");
    expect(foreign.message).toBe(missing.message);
  });
});
