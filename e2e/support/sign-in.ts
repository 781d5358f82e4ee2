import { expect, type Page } from "@playwright/test";

import { E2E_DEMO_PASSWORD } from "./test-servers";

export const DEMO_ORGANIZATION_ID = "ORG_A1B2C3D4E5F6G7H8";

/** Signs in through the login page and waits until the console shows. */
export async function signIn(page: Page, email = "admin@example.com", password = E2E_DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
