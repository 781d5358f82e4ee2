import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { hashToken } from "@/lib/access/api-tokens";
import { verifyPassword } from "@/lib/auth/password";
import { acceptInvitationAsUser, acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { previewInvitation } from "@/lib/invitations/find-invitation";
import { INVITATION_LIFETIME_MS } from "@/lib/invitations/invitation-secret";
import { listOpenInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { auditEventsOf, everyRowAsText, expectAppError, TEST_ORIGIN } from "@/tests/access-management/access-test-helpers";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";

type Organization = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

const NEW_ACCOUNT = {
  name: "Grace Hopper",
  password: "a long enough password",
  passwordConfirmation: "a long enough password",
};

let emailCounter = 0;
function uniqueEmail(): string {
  emailCounter += 1;
  return `invitee-${emailCounter}-${Date.now()}@test.example`;
}

describe.each(testEngines())("invitations on %s", (engine) => {
  let database: TestDatabase;
  let org: Organization;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  beforeEach(async () => {
    org = await createOrganizationWithUsers(database, "Invitations Org");
  });
  afterAll(async () => {
    await database.drop();
  });

  async function membershipsOf(email: string) {
    return database.prisma.membership.findMany({ where: { organizationId: org.organizationId, user: { email } } });
  }

  test("secret is stored only as its hash", async () => {
    const { invitation, secret } = await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    const row = await database.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashToken(secret));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await everyRowAsText(database);
    expect(rows.some((text) => text.includes(secret))).toBe(false);
  });

  test("expires after seven days", async () => {
    const before = Date.now();
    const { invitation } = await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    const lifetime = invitation.expiresAt.getTime() - before;
    expect(lifetime).toBeGreaterThanOrEqual(INVITATION_LIFETIME_MS);
    expect(lifetime).toBeLessThan(INVITATION_LIFETIME_MS + 60_000);
  });

  test("email is stored lower-case and audited", async () => {
    const { invitation } = await createInvitation(org.admin, org.organizationId, { email: "  New.Person@Test.Example ", role: "admin" });
    expect(invitation.email).toBe("new.person@test.example");
    const [event] = await auditEventsOf(database, org.organizationId, "member.invited");
    expect(event.targetId).toBe(invitation.id);
    expect(event.details).toMatchObject({ email: "new.person@test.example", role: "admin" });
  });

  test("invalid email names the field", async () => {
    const error = await createInvitation(org.admin, org.organizationId, { email: "not-an-email", role: "member" }).then(
      () => null,
      (reason: unknown) => reason as { issues?: { path: unknown[] }[] },
    );
    expect(error?.issues?.[0]?.path).toEqual(["email"]);
  });

  test("admin cannot invite an owner", async () => {
    await expectAppError(createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "owner" }), "FORBIDDEN");
    expect(await database.prisma.invitation.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  test("owner invites an owner", async () => {
    const { invitation } = await createInvitation(org.owner, org.organizationId, { email: uniqueEmail(), role: "owner" });
    expect(invitation.role).toBe("owner");
  });

  test("member role cannot invite", async () => {
    await expectAppError(createInvitation(org.member, org.organizationId, { email: uniqueEmail(), role: "member" }), "FORBIDDEN");
  });

  test("existing member is a conflict", async () => {
    const error = await expectAppError(
      createInvitation(org.admin, org.organizationId, { email: org.member.email.toUpperCase(), role: "member" }),
      "CONFLICT",
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["email"]);
  });

  test("second pending invitation is a conflict", async () => {
    const email = uniqueEmail();
    await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    await expectAppError(createInvitation(org.admin, org.organizationId, { email, role: "member" }), "CONFLICT");
  });

  test("new user accepts with name and password", async () => {
    const email = uniqueEmail();
    const { secret } = await createInvitation(org.admin, org.organizationId, { email, role: "admin" });
    const accepted = await acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN);
    expect(accepted).toMatchObject({ organizationId: org.organizationId, email, role: "admin", joined: true });

    const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Grace Hopper");
    expect(user.passwordHash).not.toContain(NEW_ACCOUNT.password);
    expect(await verifyPassword(NEW_ACCOUNT.password, user.passwordHash)).toBe(true);
    const memberships = await membershipsOf(email);
    expect(memberships).toHaveLength(1);
    expect(memberships[0].role).toBe("admin");

    const [event] = await auditEventsOf(database, org.organizationId, "member.joined");
    expect(event.actorUserId).toBe(user.id);
    expect(event.targetId).toBe(memberships[0].id);
    expect(event.details).toMatchObject({ role: "admin", new_account: true });
    expect(JSON.stringify(await everyRowAsText(database))).not.toContain(NEW_ACCOUNT.password);
  });

  test.each([
    ["short password", { ...NEW_ACCOUNT, password: "elevenchars", passwordConfirmation: "elevenchars" }, "password"],
    ["mismatched confirmation", { ...NEW_ACCOUNT, passwordConfirmation: "something else entirely" }, "passwordConfirmation"],
    ["blank name", { ...NEW_ACCOUNT, name: "  " }, "name"],
  ])("new account with %s is rejected", async (_label, input, field) => {
    const email = uniqueEmail();
    const { secret } = await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    const error = await acceptInvitationWithNewAccount(secret, input, TEST_ORIGIN).then(
      () => null,
      (reason: unknown) => reason as { issues?: { path: unknown[] }[] },
    );
    expect(error?.issues?.map((issue) => issue.path.join("."))).toContain(field);
    expect(await database.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect((await previewInvitation(secret, null))?.status).toBe("pending");
  });

  test("twelve-character password is accepted", async () => {
    const { secret } = await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    const password = "twelve chars";
    const accepted = await acceptInvitationWithNewAccount(secret, { ...NEW_ACCOUNT, password, passwordConfirmation: password }, TEST_ORIGIN);
    expect(accepted.joined).toBe(true);
  });

  test("invitation works once", async () => {
    const email = uniqueEmail();
    const { secret } = await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    await acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN);

    const error = await expectAppError(acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN), "CONFLICT");
    expect(error.message).toMatch(/already been used/);
    expect(error.details).toEqual({ invitation_status: "accepted" });
    expect(await membershipsOf(email)).toHaveLength(1);
    expect((await previewInvitation(secret, null))?.status).toBe("accepted");
  });

  test("accepting twice creates one membership", async () => {
    const email = uniqueEmail();
    const { secret } = await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    await acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    const caller = { kind: "user" as const, userId: user.id, email, ip: null, userAgent: null };

    const again = await acceptInvitationAsUser(caller, secret);
    expect(again).toMatchObject({ organizationId: org.organizationId, joined: false, role: "member" });
    expect(await membershipsOf(email)).toHaveLength(1);
    expect(await auditEventsOf(database, org.organizationId, "member.joined")).toHaveLength(1);
  });

  test("existing user joins after signing in", async () => {
    const other = await createOrganizationWithUsers(database, "Other Org");
    const { secret } = await createInvitation(org.admin, org.organizationId, { email: other.member.email, role: "member" });

    await expectAppError(acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN), "CONFLICT");
    const preview = await previewInvitation(secret, other.member);
    expect(preview).toMatchObject({ accountExists: true, viewerIsMember: false, status: "pending" });

    const accepted = await acceptInvitationAsUser(other.member, secret);
    expect(accepted).toMatchObject({ organizationId: org.organizationId, joined: true, role: "member" });
    expect(await membershipsOf(other.member.email)).toHaveLength(1);
    expect((await previewInvitation(secret, other.member))?.viewerIsMember).toBe(true);
  });

  test("concurrent acceptances create one membership", async () => {
    const other = await createOrganizationWithUsers(database, "Concurrent Org");
    const { secret } = await createInvitation(org.admin, org.organizationId, { email: other.admin.email, role: "member" });
    const results = await Promise.allSettled([
      acceptInvitationAsUser(other.admin, secret),
      acceptInvitationAsUser(other.admin, secret),
    ]);
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    expect(await membershipsOf(other.admin.email)).toHaveLength(1);
  });

  test("another user cannot accept", async () => {
    const { secret } = await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    const outsider = (await createOrganizationWithUsers(database, "Outsider Org")).member;
    const error = await expectAppError(acceptInvitationAsUser(outsider, secret), "FORBIDDEN");
    expect(error.message).toContain(outsider.email);
    expect(await membershipsOf(outsider.email)).toHaveLength(0);
    expect((await previewInvitation(secret, null))?.status).toBe("pending");
  });

  test("member keeps a higher role", async () => {
    const email = uniqueEmail();
    const { secret } = await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    // The person joins through a second route before using the first link.
    const user = await database.prisma.user.create({
      data: { email, name: "Already In", passwordHash: "x", memberships: { create: { organizationId: org.organizationId, role: "admin" } } },
    });
    const accepted = await acceptInvitationAsUser({ kind: "user", userId: user.id, email, ip: null, userAgent: null }, secret);
    expect(accepted).toMatchObject({ joined: false, role: "admin" });
    const memberships = await membershipsOf(email);
    expect(memberships).toHaveLength(1);
    expect(memberships[0].role).toBe("admin");
  });

  test("expired invitation says so", async () => {
    const email = uniqueEmail();
    const { invitation, secret } = await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    await database.prisma.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect((await previewInvitation(secret, null))?.status).toBe("expired");
    const error = await expectAppError(acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN), "CONFLICT");
    expect(error.message).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
    expect(error.message).toContain("Invitations Org");
    expect(await database.prisma.user.findUnique({ where: { email } })).toBeNull();

    const open = await listOpenInvitations(org.admin, org.organizationId);
    expect(open.find((entry) => entry.id === invitation.id)?.status).toBe("expired");
  });

  test("revoked invitation says so", async () => {
    const email = uniqueEmail();
    const { invitation, secret } = await createInvitation(org.admin, org.organizationId, { email, role: "member" });
    await revokeInvitation(org.admin, org.organizationId, invitation.id);

    expect((await previewInvitation(secret, null))?.status).toBe("revoked");
    const error = await expectAppError(acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN), "CONFLICT");
    expect(error.message).toMatch(/revoked/);
    expect(await database.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await listOpenInvitations(org.admin, org.organizationId)).toHaveLength(0);

    const events = await auditEventsOf(database, org.organizationId, "invitation.revoked");
    expect(events).toHaveLength(1);
    expect(events[0].targetId).toBe(invitation.id);
  });

  test("revoking twice records once", async () => {
    const { invitation } = await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    await revokeInvitation(org.admin, org.organizationId, invitation.id);
    await revokeInvitation(org.admin, org.organizationId, invitation.id);
    expect(await auditEventsOf(database, org.organizationId, "invitation.revoked")).toHaveLength(1);
  });

  test("accepted invitation cannot be revoked", async () => {
    const { invitation, secret } = await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    await acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN);
    await expectAppError(revokeInvitation(org.admin, org.organizationId, invitation.id), "CONFLICT");
  });

  test.each([
    ["unknown secret", "A".repeat(43)],
    ["malformed secret", "not a secret"],
    ["non-string secret", 42],
  ])("%s is not found", async (_label, secret) => {
    expect(await previewInvitation(secret, null)).toBeNull();
    await expectAppError(acceptInvitationWithNewAccount(secret, NEW_ACCOUNT, TEST_ORIGIN), "NOT_FOUND");
    await expectAppError(acceptInvitationAsUser(org.member, secret), "NOT_FOUND");
  });

  test("list holds no secret or hash", async () => {
    await createInvitation(org.admin, org.organizationId, { email: uniqueEmail(), role: "member" });
    const [listed] = await listOpenInvitations(org.admin, org.organizationId);
    expect(Object.keys(listed).sort()).toEqual(["createdAt", "email", "expiresAt", "id", "role", "status"]);
  });
});
