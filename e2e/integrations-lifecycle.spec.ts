import { randomBytes } from "node:crypto";

import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

const LIST_PATH = `/organizations/${DEMO_ORGANIZATION_ID}/integrations`;
const API_PATH = `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`;

type ApiIntegration = { id: string; provider_name: string; is_active: boolean };

/**
 * Returns a key for the fake providers whose last four characters are unique to the
 * test, so its row is found by the key hint ("sk-proj…AB12" or "…AB12").
 * The markers (`rejected`, `slow`, `servererror`) pick the fake provider's reply.
 */
function testKey(provider: "openai" | "clipdrop", marker = "") {
  const suffix = randomBytes(2).toString("hex").toUpperCase();
  const filler = randomBytes(8).toString("hex");
  const key = provider === "openai" ? `sk-proj-e2e${marker}${filler}T3BlbkFJ${filler}${suffix}` : `clipdrop${marker}${filler}${suffix}`;
  const hint = provider === "openai" ? `sk-proj…${suffix}` : `…${suffix}`;
  return { key, hint };
}

function writeHeaders(page: Page) {
  return { Origin: new URL(page.url()).origin };
}

async function listViaApi(page: Page): Promise<ApiIntegration[]> {
  const response = await page.request.get(API_PATH);
  expect(response.status()).toBe(200);
  return (await response.json()).data;
}

async function createViaApi(page: Page, body: Record<string, unknown>): Promise<ApiIntegration> {
  const response = await page.request.post(API_PATH, { data: body, headers: writeHeaders(page) });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

function rowWithHint(page: Page, hint: string): Locator {
  return page.getByTestId("integration-row").filter({ hasText: hint });
}

/** Finds the other switched-on rows of a provider, such as the demo's active OpenAI integration. */
function activeRowsOf(page: Page, providerLabel: string, exceptHint: string): Locator {
  return page
    .getByTestId("integration-row")
    .filter({ hasText: providerLabel })
    .filter({ hasNotText: exceptHint })
    .filter({ has: page.getByRole("switch", { checked: true }) });
}

function toasts(page: Page): Locator {
  return page.getByRole("region", { name: /Notifications/ }).getByRole("listitem");
}

async function openMenuItem(row: Locator, item: string) {
  await row.getByRole("button", { name: /^More actions for/ }).click();
  await row.page().getByRole("menuitem", { name: item }).click();
}

async function signInAs(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

let integrationsBefore: ApiIntegration[] = [];

test.beforeEach(async ({ page }) => {
  await signIn(page);
  integrationsBefore = await listViaApi(page);
});

// Each test's own integrations are deleted, and every demo integration that
// was active before the test is switched on again (which checks its key).
test.afterEach(async ({ page }) => {
  const knownIds = new Set(integrationsBefore.map((integration) => integration.id));
  const now = await listViaApi(page);
  for (const integration of now.filter((row) => !knownIds.has(row.id))) {
    const response = await page.request.delete(`${API_PATH}/${integration.id}`, { headers: writeHeaders(page) });
    expect(response.status()).toBe(204);
  }
  for (const before of integrationsBefore.filter((row) => row.is_active)) {
    if (now.find((row) => row.id === before.id)?.is_active) continue;
    const response = await page.request.patch(`${API_PATH}/${before.id}`, {
      data: { is_active: true, replace_active: true },
      headers: writeHeaders(page),
    });
    expect(response.status(), await response.text()).toBe(200);
  }
});

test.describe("integrations lifecycle", () => {
  test("add with a good key activates it", async ({ page }) => {
    // `slow` makes the fake provider reply after 1.5 s, long enough to see the pending state.
    const { key, hint } = testKey("clipdrop", "slow");
    await page.goto(`${LIST_PATH}/new?provider=clipdrop`);

    await expect(page.getByLabel("Provider")).toHaveValue("clipdrop");
    await expect(page.getByLabel("Organization id")).toHaveCount(0);
    await expect(page.getByLabel("Project id")).toHaveCount(0);
    const keyField = page.getByLabel("API key");
    await expect(keyField).toHaveAttribute("type", "password");
    await expect(keyField).toHaveAttribute("autocomplete", "off");
    const activeSwitch = page.getByRole("switch", { name: "Active", exact: true });
    await expect(activeSwitch).toBeChecked();
    await expect(page.getByText(/Adding it active switches off the ClipDrop integration/)).toBeVisible();

    await keyField.fill(key);
    await page.getByRole("button", { name: "Add integration" }).click();
    await expect(page.getByRole("button", { name: "Checking with ClipDrop…" })).toBeVisible();

    await expect(page).toHaveURL(new RegExp(`${LIST_PATH}$`));
    await expect(toasts(page).filter({ hasText: `Added the ClipDrop integration (key ${hint})` })).toBeVisible();
    const row = rowWithHint(page, hint);
    await expect(row.getByRole("switch")).toBeChecked();
    await expect(row).toContainText("Accepted");
    await expect(row).toContainText("100 credits left");
    await expect(row).toContainText("Key stored");
    // The demo's ClipDrop integration was switched off in its place.
    await expect(activeRowsOf(page, "ClipDrop", hint)).toHaveCount(0);
  });

  test("add with a rejected key shows the field error", async ({ page }) => {
    const { key, hint } = testKey("openai", "rejected");
    await page.goto(`${LIST_PATH}/new?provider=openai`);
    await expect(page.getByLabel("Organization id")).toBeVisible();
    await expect(page.getByLabel("Project id")).toBeVisible();

    const keyField = page.getByLabel("API key");
    await keyField.fill(key);
    await page.getByLabel("Organization id").fill("org-e2e");
    await page.getByRole("button", { name: "Add integration" }).click();

    await expect(keyField).toHaveAccessibleDescription(/OpenAI rejected this key: invalid API key/);
    await expect(keyField).toBeFocused();
    await expect(page).toHaveURL(/\/integrations\/new/);
    // The form keeps what was typed.
    await expect(keyField).toHaveValue(key);
    await expect(page.getByLabel("Organization id")).toHaveValue("org-e2e");

    await page.goto(LIST_PATH);
    await expect(page.getByTestId("integration-row")).toHaveCount(integrationsBefore.length);
    await expect(rowWithHint(page, hint)).toHaveCount(0);
  });

  test("switch on a rejected stored key rolls back", async ({ page }) => {
    const { key, hint } = testKey("openai", "rejected");
    await createViaApi(page, { provider_name: "openai", provider_api_key: key, is_active: false });
    await page.goto(LIST_PATH);

    // Switch the demo's active OpenAI integration off first, so the switch runs the credential check.
    const demoActive = activeRowsOf(page, "OpenAI", hint);
    await expect(demoActive).toHaveCount(1);
    await demoActive.getByRole("switch").click();
    await expect(toasts(page).filter({ hasText: "Switched off the OpenAI integration" })).toBeVisible();
    await expect(activeRowsOf(page, "OpenAI", hint)).toHaveCount(0);

    const row = rowWithHint(page, hint);
    const rowSwitch = row.getByRole("switch");
    await rowSwitch.click();
    await expect(toasts(page).filter({ hasText: "OpenAI rejected this key: invalid API key" })).toBeVisible();
    await expect(rowSwitch).not.toBeChecked();
    await expect(row).toContainText("Rejected");
    await expect(row).toContainText("OpenAI rejected this key: invalid API key");
  });

  test("rejected replacement key keeps the stored one", async ({ page }) => {
    const good = testKey("openai");
    const created = await createViaApi(page, {
      provider_name: "openai",
      provider_api_key: good.key,
      provider_org_id: "org-e2e",
      is_active: true,
      replace_active: true,
    });
    await page.goto(LIST_PATH);
    await rowWithHint(page, good.hint).getByRole("link", { name: /^Edit/ }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST_PATH}/${created.id}$`));

    const keyField = page.getByLabel("API key");
    await expect(keyField).toHaveValue("");
    await expect(keyField).toHaveAccessibleDescription(`Stored key: ${good.hint}. Leave empty to keep the stored key.`);
    await expect(page.getByLabel("Organization id")).toHaveValue("org-e2e");
    await expect(page.getByRole("switch", { name: "Active", exact: true })).toBeChecked();

    await keyField.fill(testKey("openai", "rejected").key);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(keyField).toHaveAccessibleDescription(/OpenAI rejected this key: invalid API key/);
    await expect(keyField).toHaveAccessibleDescription(new RegExp(`Stored key: ${good.hint}`));
    await expect(page.getByRole("switch", { name: "Active", exact: true })).toBeChecked();

    await page.goto(LIST_PATH);
    const row = rowWithHint(page, good.hint);
    await expect(row.getByRole("switch")).toBeChecked();
    await expect(row).toContainText("Accepted");
  });

  test("stale edit offers a reload", async ({ page }) => {
    const { key } = testKey("openai");
    const created = await createViaApi(page, { provider_name: "openai", provider_api_key: key, is_active: false });
    await page.goto(`${LIST_PATH}/${created.id}`);
    await page.getByLabel("Organization id").fill("org-from-the-form");

    // Another admin changes the integration while the form is open.
    const changed = await page.request.patch(`${API_PATH}/${created.id}`, {
      data: { provider_org_id: "org-changed-elsewhere" },
      headers: writeHeaders(page),
    });
    expect(changed.status()).toBe(200);

    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "The integration changed since you read it" });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page.getByLabel("Organization id")).toHaveValue("org-from-the-form");

    await alert.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByLabel("Organization id")).toHaveValue("org-changed-elsewhere");
    await expect(alert).toHaveCount(0);
  });

  test("provider outage activates nothing", async ({ page }) => {
    const { key, hint } = testKey("openai", "servererror");
    await page.goto(`${LIST_PATH}/new?provider=openai`);
    await page.getByLabel("API key").fill(key);
    await page.getByRole("button", { name: "Add integration" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "OpenAI could not check the credential" })).toBeVisible();
    await expect(page.getByLabel("API key")).toHaveValue(key);

    await page.goto(LIST_PATH);
    await expect(rowWithHint(page, hint)).toHaveCount(0);
    await expect(activeRowsOf(page, "OpenAI", hint)).toHaveCount(1);
  });

  test("conflict offers to replace the active one", async ({ page }) => {
    const { key, hint } = testKey("clipdrop");
    await createViaApi(page, { provider_name: "clipdrop", provider_api_key: key, is_active: false });
    await page.goto(LIST_PATH);

    const row = rowWithHint(page, hint);
    await row.getByRole("switch").click();
    await expect(toasts(page).filter({ hasText: "Another ClipDrop integration is active" })).toBeVisible();
    await expect(row.getByRole("switch")).not.toBeChecked();

    await row.getByRole("button", { name: "Make this the active ClipDrop integration" }).click();
    await expect(toasts(page).filter({ hasText: `Switched on the ClipDrop integration (key ${hint})` })).toBeVisible();
    await expect(row.getByRole("switch")).toBeChecked();
    await expect(activeRowsOf(page, "ClipDrop", hint)).toHaveCount(0);
    await expect(row.getByRole("button", { name: "Make this the active ClipDrop integration" })).toHaveCount(0);
  });

  test("delete asks for confirmation", async ({ page }) => {
    const fromList = testKey("clipdrop");
    const fromEditPage = testKey("clipdrop");
    await createViaApi(page, { provider_name: "clipdrop", provider_api_key: fromList.key, is_active: false });
    const second = await createViaApi(page, { provider_name: "clipdrop", provider_api_key: fromEditPage.key, is_active: false });
    await page.goto(LIST_PATH);

    const row = rowWithHint(page, fromList.hint);
    await row.getByRole("button", { name: /^More actions for/ }).click();
    await expect(page.getByRole("menuitem", { name: "Make this the active ClipDrop integration" })).toBeVisible();
    await page.getByRole("menuitem", { name: "Delete…" }).click();

    const dialog = page.getByRole("alertdialog", { name: `Delete the ClipDrop integration (key ${fromList.hint})?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("button", { name: /^More actions for/ })).toBeFocused();

    await openMenuItem(row, "Delete…");
    await dialog.getByRole("button", { name: "Delete integration" }).click();
    await expect(toasts(page).filter({ hasText: `Deleted the ClipDrop integration (key ${fromList.hint})` })).toBeVisible();
    await expect(row).toHaveCount(0);
    // The deleted row's menu is gone, so focus moves to the menu of a row still listed.
    await expect(page.locator(":focus")).toHaveAttribute("aria-label", /^More actions for the /);

    // From the edit page, deleting returns to the list.
    await page.goto(`${LIST_PATH}/${second.id}`);
    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete integration" }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST_PATH}$`));
    await expect(rowWithHint(page, fromEditPage.hint)).toHaveCount(0);
    await expect(page.getByTestId("integration-row")).toHaveCount(integrationsBefore.length);
  });

  test("check shows the checking state", async ({ page }) => {
    const { key, hint } = testKey("openai", "slow");
    await createViaApi(page, { provider_name: "openai", provider_api_key: key, is_active: false });
    await page.goto(LIST_PATH);

    const row = rowWithHint(page, hint);
    await expect(row).toContainText("Not checked yet");
    await openMenuItem(row, "Check now");
    await expect(row).toContainText("Checking with OpenAI…");
    await expect(row.getByRole("switch")).toHaveAttribute("aria-busy", "true");

    await expect(row).toContainText("Accepted");
    await expect(row).not.toContainText("Checking with OpenAI…");
    await expect(toasts(page).filter({ hasText: `Checked the OpenAI integration (key ${hint})` })).toBeVisible();
    await expect(row.getByRole("switch")).not.toBeChecked();
  });

  test("switch responds to Space", async ({ page }) => {
    await page.goto(LIST_PATH);
    // Aitronos needs no credential check, so switching it back on always works.
    const row = page.getByTestId("integration-row").filter({ hasText: "Aitronos" });
    const rowSwitch = row.getByRole("switch");
    await expect(rowSwitch).toBeChecked();

    await rowSwitch.focus();
    await page.keyboard.press("Space");
    await expect(toasts(page).filter({ hasText: "Switched off the Aitronos integration" })).toBeVisible();
    await expect(rowSwitch).not.toBeChecked();
    await expect(rowSwitch).toBeFocused();

    await page.keyboard.press("Space");
    await expect(toasts(page).filter({ hasText: "Switched on the Aitronos integration" })).toBeVisible();
    await expect(rowSwitch).toBeChecked();
  });

  test("member sees the switches disabled", async ({ browser, baseURL }) => {
    const member = await signInAs(browser, baseURL, "member@example.com");
    try {
      await member.goto(LIST_PATH);
      const switches = member.getByTestId("integration-row").getByRole("switch");
      await expect(switches).toHaveCount(integrationsBefore.length);
      for (const memberSwitch of await switches.all()) {
        await expect(memberSwitch).toBeDisabled();
        await expect(memberSwitch).toHaveAccessibleDescription("Only admins and owners can switch integrations");
      }
      await expect(member.getByRole("link", { name: "Add integration" })).toHaveCount(0);
      await expect(member.getByRole("button", { name: /^More actions for/ })).toHaveCount(0);

      // The reason also shows as a tooltip when the switch's wrapper gets keyboard focus.
      await switches.first().locator("xpath=..").focus();
      await expect(member.getByRole("tooltip")).toHaveText("Only admins and owners can switch integrations");

      await member.goto(`${LIST_PATH}/new`);
      await expect(member.getByText("Only admins and owners can add integrations.")).toBeVisible();
      await expect(member.getByLabel("API key")).toHaveCount(0);
    } finally {
      await member.context().close();
    }
  });

  test("phone shows rows as cards", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(LIST_PATH);

    const rows = page.getByTestId("integration-row");
    await expect(rows).toHaveCount(integrationsBefore.length);
    const first = rows.first();
    await expect(first).toBeVisible();
    // A card: laid out as a grid, as wide as the screen allows, with its labels shown.
    expect(await first.evaluate((row) => getComputedStyle(row).display)).toBe("grid");
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await expect(first.getByText("Created", { exact: true })).toBeVisible();
    await expect(first.getByRole("switch")).toBeVisible();
    await expect(first.getByRole("button", { name: /^More actions for the / })).toBeVisible();
    // The column headers are hidden from sight only (a 1-pixel clipped box), so cells keep their column names.
    const table = page.getByRole("table", { name: "Provider integrations" });
    await expect(table.getByRole("columnheader", { name: "Created" })).toBeAttached();
    const headerWidth = await table.locator("thead").evaluate((header) => header.getBoundingClientRect().width);
    expect(headerWidth).toBeLessThanOrEqual(1);
    await expect(first.getByRole("cell")).toHaveCount(7);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await first.evaluate((row) => getComputedStyle(row).display)).toBe("table-row");
    expect(await table.locator("thead").evaluate((header) => header.getBoundingClientRect().width)).toBeGreaterThan(600);
    await expect(first.getByText("Created", { exact: true })).toBeHidden();
  });

  test("unknown or foreign integration ids are not found", async ({ page, browser, baseURL }) => {
    const unknown = await page.goto(`${LIST_PATH}/00000000-0000-0000-0000-000000000000`);
    expect(unknown?.status()).toBe(404);

    // An integration of another organization, opened under the demo organization's path.
    const globex = await signInAs(browser, baseURL, "admin@globex.example");
    let foreignId: string;
    try {
      const organizations = (await (await globex.request.get("/api/v1/organizations")).json()).data as { id: string }[];
      const globexId = organizations[0].id;
      const rows = (await (await globex.request.get(`/api/v1/organizations/${globexId}/provider-integrations`)).json())
        .data as ApiIntegration[];
      foreignId = rows[0].id;
    } finally {
      await globex.context().close();
    }
    const foreign = await page.goto(`${LIST_PATH}/${foreignId}`);
    expect(foreign?.status()).toBe(404);
  });
});
