import { expect, test } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

test.describe("sign-in", () => {
  test("demo admin sees the five seeded integrations", async ({ page }) => {
    await signIn(page);
    await expect(page).toHaveURL(new RegExp(`/organizations/${DEMO_ORGANIZATION_ID}/integrations`));
    await expect(page.getByRole("heading", { name: "Integrations" })).toBeVisible();
    await expect(page.getByTestId("integration-row")).toHaveCount(5);
    await expect(page.getByText("Acme Research").first()).toBeVisible();
  });

  test("sign-out returns to the login page", async ({ page }) => {
    await signIn(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`/organizations/${DEMO_ORGANIZATION_ID}/integrations`);
    await expect(page).toHaveURL(/\/login/);
  });

  test("wrong password and unknown email get the same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("member@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Next's route announcer is an empty alert too; the sign-in error is the one with text.
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toHaveText("Incorrect email or password.");

    await page.getByLabel("Email").fill("nobody-here@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText("Incorrect email or password.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("pages require a session", async ({ page }) => {
    for (const path of ["/organizations", `/organizations/${DEMO_ORGANIZATION_ID}/integrations`]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    }
  });

  test("the list API answers 401 without a session", async ({ request }) => {
    const response = await request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`);
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("AUTHENTICATION_REQUIRED");
  });
});
