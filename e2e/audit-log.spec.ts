import { randomBytes } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

const AUDIT_PATH = `/organizations/${DEMO_ORGANIZATION_ID}/audit`;
const INTEGRATIONS_API = `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`;
// The sentences name the integration by its key hint: the key's prefix and last four characters.
const rejection = (hint: string) =>
  `admin@example.com checked the key of the OpenAI integration (key ${hint}); OpenAI rejected the key: invalid_api_key`;
const creation = (hint: string) => `admin@example.com created the OpenAI integration (key ${hint}), switched off`;

// Provider key and API token shapes: a long run after the provider's prefix.
const KEY_SHAPES = [/sk-[A-Za-z0-9_-]{20,}/, /sb_[A-Za-z0-9_-]{20,}/, /T3BlbkFJ/];

function originOf(page: Page): string {
  return new URL(page.url()).origin;
}

/**
 * Creates a switched-off OpenAI integration whose key the fake provider
 * rejects, then checks it, which records one success and one failure. The
 * demo organization's active integrations are never touched.
 */
async function recordRejectedCheck(page: Page, key: string): Promise<string> {
  const created = await page.request.post(INTEGRATIONS_API, {
    headers: { Origin: originOf(page) },
    data: { provider_name: "openai", provider_api_key: key, is_active: false },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const checked = await page.request.post(`${INTEGRATIONS_API}/${id}/validate`, { headers: { Origin: originOf(page) } });
  expect(checked.status()).toBe(200);
  expect((await checked.json()).check.outcome).toBe("rejected");
  return id;
}

test.describe("audit log", () => {
  test("shows a rejected key check readably, filtered and paged, without the key", async ({ page }) => {
    const secretPart = randomBytes(12).toString("hex");
    const key = `sk-proj-rejected${secretPart}T3BlbkFJ${secretPart.slice(0, 8)}`;
    const expectedRejection = rejection(`sk-proj…${key.slice(-4)}`);
    const expectedCreation = creation(`sk-proj…${key.slice(-4)}`);
    const bodies: string[] = [];

    await signIn(page);
    const integrationId = await recordRejectedCheck(page, key);
    try {
      await page.goto(AUDIT_PATH);
      await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
      const rows = page.getByTestId("audit-event-row");
      await expect(rows.first()).toContainText(expectedRejection);
      await expect(rows.first()).toContainText("Failed");
      await expect(rows.nth(1)).toContainText(expectedCreation);
      await expect(rows.nth(1)).toContainText("Succeeded");
      bodies.push(await page.content());

      // The outcome filter, through the form, lands in the URL.
      await page.getByLabel("Outcome").selectOption("failure");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(new RegExp(`${AUDIT_PATH}\\?outcome=failure$`));
      await expect(page.getByLabel("Outcome")).toHaveValue("failure");
      await expect(rows.first()).toContainText(expectedRejection);
      await expect(rows.filter({ hasText: "Succeeded" })).toHaveCount(0);
      bodies.push(await page.content());

      await page.goto(`${AUDIT_PATH}?outcome=success`);
      await expect(rows.first()).toContainText(expectedCreation);
      await expect(rows.filter({ hasText: "Failed" })).toHaveCount(0);

      // One event per page: "Older events" follows the cursor, "Newest events" returns.
      await page.goto(`${AUDIT_PATH}?limit=1`);
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText(expectedRejection);
      await page.getByRole("link", { name: "Older events" }).click();
      await expect(page).toHaveURL(/[?&]cursor=/);
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText(expectedCreation);
      await page.getByRole("link", { name: "Newest events" }).click();
      await expect(rows.first()).toContainText(expectedRejection);

      // Narrow screens get cards in place of the table.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(AUDIT_PATH);
      await expect(page.getByTestId("audit-event-card").first()).toContainText(expectedRejection);
      await expect(rows.first()).toBeHidden();

      const rsc = await page.request.get(AUDIT_PATH, { headers: { RSC: "1" } });
      bodies.push(await rsc.text());
      const api = await page.request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/audit-events`);
      bodies.push(await api.text());
      for (const body of bodies) {
        expect(body.includes(secretPart), "the audit log contains the rejected key").toBe(false);
        for (const shape of KEY_SHAPES) expect(body, `the audit log matches ${shape}`).not.toMatch(shape);
      }
    } finally {
      const deleted = await page.request.delete(`${INTEGRATIONS_API}/${integrationId}`, { headers: { Origin: originOf(page) } });
      expect(deleted.status()).toBe(204);
    }
  });

  test("filters with no match show the empty state", async ({ page }) => {
    await signIn(page);
    await page.goto(`${AUDIT_PATH}?to=2000-01-01`);
    await expect(page.getByRole("heading", { name: "No audit events match these filters" })).toBeVisible();
    await expect(page.getByLabel("To (UTC, inclusive)")).toHaveValue("2000-01-01");
  });

  test("invalid filters are named under their field", async ({ page }) => {
    await signIn(page);
    await page.goto(`${AUDIT_PATH}?from=2025-03-03&to=2025-03-02&cursor=garbage`);
    await expect(page.getByRole("alert").filter({ hasText: "These filters are invalid" })).toContainText("cursor");
    await expect(page.getByText("Must not be earlier than from.")).toBeVisible();
    await expect(page.getByTestId("audit-event-row")).toHaveCount(0);
  });

  test("blank form fields are dropped from the URL", async ({ page }) => {
    await signIn(page);
    await page.goto(`${AUDIT_PATH}?action=&actor=&outcome=failure&from=&to=`);
    await expect(page).toHaveURL(new RegExp(`${AUDIT_PATH}\\?outcome=failure$`));
  });
});
