import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import type { Caller } from "@/lib/access/caller";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { LAST_OWNER_MESSAGE } from "@/lib/members/owner-rules";
import { removeMember } from "@/lib/members/remove-member";
import { auditEventsOf, expectAppError } from "@/tests/access-management/access-test-helpers";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type UserCaller = Caller & { kind: "user" };
type Organization = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

describe.each(testEngines())("members on %s", (engine) => {
  let database: TestDatabase;
  let org: Organization;

  async function membershipIdOf(caller: UserCaller, organizationId = org.organizationId): Promise<string> {
    const membership = await database.prisma.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId, userId: caller.userId } },
    });
    return membership.id;
  }

  async function roleOf(caller: UserCaller, organizationId = org.organizationId) {
    const membership = await database.prisma.membership.findUnique({
      where: { organizationId_userId: { organizationId, userId: caller.userId } },
    });
    return membership?.role ?? null;
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  // Every test gets a fresh organization, because most of them change roles.
  beforeEach(async () => {
    org = await createOrganizationWithUsers(database, "Members Org");
  });
  afterAll(async () => {
    await database.drop();
  });

  test("list shows name, email and role", async () => {
    const members = await listMembers(org.admin, org.organizationId);
    expect(members.map((member) => member.role).sort()).toEqual(["admin", "member", "owner"]);
    const owner = members.find((member) => member.role === "owner");
    expect(owner).toMatchObject({ userId: org.owner.userId, email: org.owner.email, name: "owner user" });
    expect(owner?.joinedAt).toBeInstanceOf(Date);
  });

  test("member role cannot list members", async () => {
    await expectAppError(listMembers(org.member, org.organizationId), "FORBIDDEN");
  });

  test("admin promotes a member to admin", async () => {
    const updated = await changeMemberRole(org.admin, org.organizationId, await membershipIdOf(org.member), { role: "admin" });
    expect(updated.role).toBe("admin");
    expect(await roleOf(org.member)).toBe("admin");

    const events = await auditEventsOf(database, org.organizationId, "member.role_changed");
    expect(events).toHaveLength(1);
    expect(events[0].details).toMatchObject({ previous_role: "member", role: "admin", user_id: org.member.userId });
    expect(events[0].actorUserId).toBe(org.admin.userId);
  });

  test("admin cannot make an owner", async () => {
    const error = await expectAppError(
      changeMemberRole(org.admin, org.organizationId, await membershipIdOf(org.member), { role: "owner" }),
      "FORBIDDEN",
    );
    expect(error.message).toMatch(/only owners/i);
    expect(await roleOf(org.member)).toBe("member");
  });

  test("admin cannot demote an owner", async () => {
    await expectAppError(
      changeMemberRole(org.admin, org.organizationId, await membershipIdOf(org.owner), { role: "member" }),
      "FORBIDDEN",
    );
    expect(await roleOf(org.owner)).toBe("owner");
  });

  test("admin cannot remove an owner", async () => {
    await expectAppError(removeMember(org.admin, org.organizationId, await membershipIdOf(org.owner)), "FORBIDDEN");
    expect(await roleOf(org.owner)).toBe("owner");
  });

  test("member role cannot change roles", async () => {
    await expectAppError(
      changeMemberRole(org.member, org.organizationId, await membershipIdOf(org.admin), { role: "member" }),
      "FORBIDDEN",
    );
    await expectAppError(removeMember(org.member, org.organizationId, await membershipIdOf(org.admin)), "FORBIDDEN");
    expect(await roleOf(org.admin)).toBe("admin");
  });

  test("owner makes another owner", async () => {
    await changeMemberRole(org.owner, org.organizationId, await membershipIdOf(org.admin), { role: "owner" });
    expect(await roleOf(org.admin)).toBe("owner");
  });

  test("last owner cannot be demoted", async () => {
    const error = await expectAppError(
      changeMemberRole(org.owner, org.organizationId, await membershipIdOf(org.owner), { role: "admin" }),
      "CONFLICT",
    );
    expect(error.message).toBe(LAST_OWNER_MESSAGE);
    expect(error.status).toBe(409);
    expect(await roleOf(org.owner)).toBe("owner");
    expect(await auditEventsOf(database, org.organizationId, "member.role_changed")).toHaveLength(0);
  });

  test("last owner cannot be removed", async () => {
    const error = await expectAppError(removeMember(org.owner, org.organizationId, await membershipIdOf(org.owner)), "CONFLICT");
    expect(error.message).toBe(LAST_OWNER_MESSAGE);
    expect(await roleOf(org.owner)).toBe("owner");
  });

  test("an owner steps down when another owner remains", async () => {
    await changeMemberRole(org.owner, org.organizationId, await membershipIdOf(org.admin), { role: "owner" });
    await changeMemberRole(org.owner, org.organizationId, await membershipIdOf(org.owner), { role: "member" });
    expect(await roleOf(org.owner)).toBe("member");
    expect(await roleOf(org.admin)).toBe("owner");
  });

  test("two owners demoting each other at once leave one owner", async () => {
    await changeMemberRole(org.owner, org.organizationId, await membershipIdOf(org.admin), { role: "owner" });
    const secondOwner = org.admin;
    const results = await Promise.allSettled([
      changeMemberRole(org.owner, org.organizationId, await membershipIdOf(secondOwner), { role: "admin" }),
      changeMemberRole(secondOwner, org.organizationId, await membershipIdOf(org.owner), { role: "admin" }),
    ]);
    const owners = await database.prisma.membership.count({ where: { organizationId: org.organizationId, role: "owner" } });
    expect(owners).toBe(1);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  test("admin removes a member", async () => {
    const membershipId = await membershipIdOf(org.member);
    await removeMember(org.admin, org.organizationId, membershipId);
    expect(await roleOf(org.member)).toBeNull();
    expect(await database.prisma.user.findUnique({ where: { id: org.member.userId } })).not.toBeNull();

    const events = await auditEventsOf(database, org.organizationId, "member.removed");
    expect(events).toHaveLength(1);
    expect(events[0].targetId).toBe(membershipId);
    expect(events[0].details).toMatchObject({ user_id: org.member.userId, role: "member" });
  });

  test("removed member loses access at once", async () => {
    await removeMember(org.admin, org.organizationId, await membershipIdOf(org.member));
    await expectAppError(listMembers(org.member, org.organizationId), "NOT_FOUND");
  });

  test("same role again records nothing", async () => {
    await changeMemberRole(org.admin, org.organizationId, await membershipIdOf(org.member), { role: "member" });
    expect(await auditEventsOf(database, org.organizationId, "member.role_changed")).toHaveLength(0);
  });

  test.each([["superuser"], [""], [null]])("role %s is rejected", async (role) => {
    const error = await changeMemberRole(org.owner, org.organizationId, await membershipIdOf(org.member), { role }).then(
      () => null,
      (reason: unknown) => reason as { issues?: { path: unknown[] }[] },
    );
    expect(error?.issues?.[0]?.path).toEqual(["role"]);
    expect(await roleOf(org.member)).toBe("member");
  });

  test.each([["unknown id", "0190a0a0-0000-7000-8000-000000000000"], ["number", 42], ["long string", "x".repeat(500)]])(
    "membership %s is NOT_FOUND",
    async (_label, membershipId) => {
      await expectAppError(changeMemberRole(org.owner, org.organizationId, membershipId, { role: "admin" }), "NOT_FOUND");
      await expectAppError(removeMember(org.owner, org.organizationId, membershipId), "NOT_FOUND");
    },
  );

  test("admin token manages members, not owners", async () => {
    const token = await createApiToken(database, org.organizationId, "admin");
    const row = await database.prisma.apiToken.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    const tokenCaller: Caller = {
      kind: "token",
      tokenId: row.id,
      prefix: token.slice(0, 10),
      organizationId: org.organizationId,
      role: "admin",
      ip: null,
      userAgent: null,
    };
    await changeMemberRole(tokenCaller, org.organizationId, await membershipIdOf(org.member), { role: "admin" });
    expect(await roleOf(org.member)).toBe("admin");
    await expectAppError(removeMember(tokenCaller, org.organizationId, await membershipIdOf(org.owner)), "FORBIDDEN");

    const [event] = await auditEventsOf(database, org.organizationId, "member.role_changed");
    expect(event.actorLabel).toBe(`API token ${token.slice(0, 10)}…`);
  });
});
