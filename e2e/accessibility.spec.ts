import { expect, test } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./support/axe";
import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

const organization = `/organizations/${DEMO_ORGANIZATION_ID}`;
const CONSOLE_PAGES = [
  "/organizations",
  `${organization}/integrations`,
  `${organization}/integrations/new`,
  `${organization}/routing`,
  `${organization}/audit`,
  `${organization}/members`,
  `${organization}/tokens`,
  "/organizations/new",
  "/docs/api",
];

test.describe("accessibility", () => {
  test("the sign-in page has no serious axe violations", async ({ page }) => {
    await page.goto("/login");
    await expectNoSeriousAxeViolations(page, "/login");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`every console page has no serious axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await signIn(page);
      const pages = [...CONSOLE_PAGES];
      const list = await page.request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`);
      pages.push(`${organization}/integrations/${(await list.json()).data[0].id}`);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator("main").first()).toBeVisible();
        await expectNoSeriousAxeViolations(page, path);
      }
    });
  }

  test("every console page is usable at 375 px wide", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page);
    for (const path of CONSOLE_PAGES) {
      await page.goto(path);
      await expect(page.locator("main").first()).toBeVisible();
      // Nothing may force the page wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
    }
    await page.goto(`${organization}/integrations`);
    await expect(page.getByRole("switch").first()).toBeVisible();
    await expectNoSeriousAxeViolations(page, "integrations at 375 px");
  });
});
