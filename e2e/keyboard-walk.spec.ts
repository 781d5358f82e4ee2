import { expect, test } from "@playwright/test";

import { tabTo } from "./support/keyboard";
import { DEMO_ORGANIZATION_ID } from "./support/sign-in";
import { E2E_DEMO_PASSWORD } from "./support/test-servers";

test("a keyboard-only user signs in, switches an integration, adds one and opens routing", async ({ page }) => {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type("admin@example.com");
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(E2E_DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/organizations/${DEMO_ORGANIZATION_ID}/integrations`));

  // The ClipDrop switch: off with Space, then on again with Space (ClipDrop's check accepts the demo key).
  const clipdropSwitch = page.getByRole("switch", { name: /ClipDrop/ }).first();
  await expect(clipdropSwitch).toHaveAttribute("aria-checked", "true");
  await tabTo(page, clipdropSwitch);
  await page.keyboard.press("Space");
  await expect(clipdropSwitch).toHaveAttribute("aria-checked", "false");
  await expect(clipdropSwitch).toBeEnabled();
  await expect(clipdropSwitch).not.toHaveAttribute("aria-busy", "true");
  await clipdropSwitch.focus();
  await page.keyboard.press("Space");
  await expect(clipdropSwitch).toHaveAttribute("aria-checked", "true");

  // Add an inactive Anthropic integration with the keyboard.
  await tabTo(page, page.getByRole("link", { name: "Add integration" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/integrations\/new/);
  await tabTo(page, page.getByLabel("Provider"));
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("Provider").selectOption("anthropic");
  await tabTo(page, page.getByLabel("API key"));
  await page.keyboard.type("sk-ant-api03-keyboardwalkAA");
  await tabTo(page, page.getByRole("switch", { name: "Active" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("switch", { name: "Active" })).toHaveAttribute("aria-checked", "false");
  await tabTo(page, page.getByRole("button", { name: "Add integration" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/organizations/${DEMO_ORGANIZATION_ID}/integrations$`));

  // Open the routing table from the navigation.
  await tabTo(page, page.getByRole("link", { name: "Routing" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/routing/);
  await expect(page.getByRole("heading", { name: "Routing" }).first()).toBeVisible();

  // Clean up the integration this walk added.
  const list = await page.request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations?provider=anthropic&active=false`);
  for (const row of (await list.json()).data) {
    await page.request.delete(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations/${row.id}`, {
      headers: { Origin: new URL(page.url()).origin },
    });
  }
});
