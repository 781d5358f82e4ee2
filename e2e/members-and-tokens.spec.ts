import { expect, test } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

const INVITEE_PASSWORD = "invitee password 123";

// One test, because each step needs the state the previous one left: the new
// organization, the invited member, the token. It ends by handing the
// organization to the invitee and leaving it, so admin@example.com belongs to
// the demo organization alone again, which the sign-in spec relies on.
test("invite a member, then use and revoke a token", async ({ page, browser, request }) => {
  const suffix = Date.now().toString(36);
  const organizationName = `E2E Members ${suffix}`;
  const inviteeEmail = `invitee-${suffix}@example.com`;
  const inviteeName = `Invited Person ${suffix}`;

  await signIn(page);
  await page.goto("/organizations/new");
  await page.getByLabel(/^Organization name/).fill(organizationName);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/organizations\/ORG_[0-9A-F]{16}\/integrations$/);
  const organizationId = /ORG_[0-9A-F]{16}/.exec(page.url())![0];
  await expect(page.getByTestId("integration-row")).toHaveCount(1);

  await test.step("invite a member", async () => {
    await page.getByRole("link", { name: "Members" }).click();
    await page.getByLabel(/^Email/).fill(inviteeEmail);
    await page.getByLabel("Role", { exact: true }).selectOption("member");
    await page.getByRole("button", { name: "Create invitation" }).click();
    await expect(page.getByLabel("Invitation link")).toHaveValue(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId("invitation-row").filter({ hasText: inviteeEmail })).toBeVisible();
  });
  const invitationUrl = await page.getByLabel("Invitation link").inputValue();

  await test.step("invitee creates an account and joins", async () => {
    const inviteeContext = await browser.newContext();
    try {
      const invitee = await inviteeContext.newPage();
      await invitee.goto(invitationUrl);
      await expect(invitee.getByRole("heading", { name: `Join ${organizationName}` })).toBeVisible();
      await expect(invitee.getByText(inviteeEmail).first()).toBeVisible();

      await invitee.getByLabel(/^Your name/).fill(inviteeName);
      await invitee.getByLabel(/^Password/).fill(INVITEE_PASSWORD);
      await invitee.getByLabel(/^Repeat password/).fill(INVITEE_PASSWORD);
      await invitee.getByRole("button", { name: "Create account and join" }).click();

      await expect(invitee).toHaveURL(new RegExp(`/organizations/${organizationId}/integrations$`));
      await expect(invitee.getByRole("heading", { name: "Integrations" })).toBeVisible();
      await expect(invitee.getByTestId("integration-row")).toHaveCount(1);
      await expect(invitee.getByRole("link", { name: "Members" })).toHaveCount(0);

      await invitee.goto(invitationUrl);
      await expect(invitee.getByRole("heading", { name: `You are a member of ${organizationName}` })).toBeVisible();
    } finally {
      await inviteeContext.close();
    }
  });

  await test.step("admin sees the new member", async () => {
    await page.reload();
    await expect(page.getByTestId("member-row").filter({ hasText: inviteeEmail })).toBeVisible();
    await expect(page.getByTestId("invitation-row")).toHaveCount(0);
  });

  const listUrl = `/api/v1/organizations/${organizationId}/provider-integrations`;
  let token = "";
  await test.step("create a token and call the API with it", async () => {
    await page.getByRole("link", { name: "API tokens" }).click();
    await page.getByLabel(/^Name/).fill("e2e script");
    await page.getByLabel("Role", { exact: true }).selectOption("member");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-api-token")).toHaveValue(/^sb_/);
    await expect(page.getByText("You will not see it again")).toBeVisible();
    token = await page.getByTestId("new-api-token").inputValue();

    const response = await request.get(listUrl, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    expect((await response.json()).data).toHaveLength(1);
  });

  await test.step("revoked token gets 401", async () => {
    await page.getByRole("button", { name: "Revoke the token e2e script" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByTestId("api-token-row").filter({ hasText: "e2e script" })).toContainText("Revoked");

    const response = await request.get(listUrl, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("AUTHENTICATION_REQUIRED");
  });

  await test.step("hand the organization over and leave", async () => {
    await page.getByRole("link", { name: "Members" }).click();
    // The role changes through a server action; wait for its response before reloading.
    const roleChanged = page.waitForResponse(
      (answer) => answer.request().method() === "POST" && answer.request().headers()["next-action"] !== undefined,
    );
    await page.getByLabel(`Role of ${inviteeName}`).selectOption("owner");
    await roleChanged;
    await page.reload();
    await expect(page.getByLabel(`Role of ${inviteeName}`)).toHaveValue("owner");

    await page.getByRole("button", { name: "Remove Demo Admin" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Leave organization" }).click();
    await expect(page).toHaveURL(new RegExp(`/organizations/${DEMO_ORGANIZATION_ID}/integrations$`));
  });
});
