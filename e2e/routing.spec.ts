import { expect, test, type Page } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

const ROUTING_PATH = `/organizations/${DEMO_ORGANIZATION_ID}/routing`;
const ROUTES_API = `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/routes`;

// Every catalog model and pattern of each provider, in catalog order.
const MODELS_BY_PROVIDER = {
  aitronos: ["ftg-2.0", "ftg-2.0-mini", "freddy-*"],
  openai: ["gpt-4o", "gpt-4o-mini", "gpt-4-turbo", "dall-e-3", "dall-e-2"],
  anthropic: ["claude-3-5-sonnet", "claude-3-opus", "claude-3-haiku"],
  clipdrop: [
    "clipdrop-text-to-image",
    "clipdrop-upscale",
    "clipdrop-cleanup",
    "clipdrop-remove-background",
    "clipdrop-replace-background",
  ],
} as const;

async function openRoutingPage(page: Page) {
  await signIn(page);
  await page.goto(ROUTING_PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Routing" })).toBeVisible();
}

function modelIdField(page: Page) {
  return page.getByRole("textbox", { name: "Model id", exact: true });
}

async function tryModel(page: Page, modelId: string) {
  await modelIdField(page).fill(modelId);
  await modelIdField(page).press("Enter");
}

test.describe("routing page", () => {
  test("demo data routes every model", async ({ page }) => {
    await openRoutingPage(page);

    for (const [provider, models] of Object.entries(MODELS_BY_PROVIDER)) {
      const section = page.getByTestId(`routing-section-${provider}`);
      const rows = section.getByTestId("routing-row");
      await expect(rows).toHaveCount(models.length);
      for (const [index, model] of models.entries()) {
        await expect(rows.nth(index)).toHaveAttribute("data-model", model);
        await expect(rows.nth(index)).toHaveAttribute("data-status", "routable");
        await expect(rows.nth(index).getByText("Routable")).toBeVisible();
      }
    }
  });

  test("switching a provider off shows without a reload", async ({ page }) => {
    await openRoutingPage(page);
    const apiRows: { model: string; integration_id: string }[] = (await (await page.request.get(ROUTES_API)).json())
      .data;
    const aitronosId = apiRows.find((row) => row.model === "ftg-2.0")?.integration_id;
    expect(aitronosId).toBeTruthy();
    // Aitronos needs no credential check to be switched on again, so the demo data is restored reliably.
    const setAitronosActive = (isActive: boolean) =>
      page.request.patch(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations/${aitronosId}`, {
        data: { is_active: isActive },
        headers: { origin: new URL(page.url()).origin },
      });
    await tryModel(page, "ftg-2.0");
    await expect(page.getByTestId("route-resolution")).toHaveAttribute("data-status", "routable");

    const switchedOff = await setAitronosActive(false);
    try {
      expect(switchedOff.status()).toBe(200);

      // The page refetches every few seconds, so the change appears without a reload.
      const row = page.locator('[data-testid="routing-row"][data-model="ftg-2.0"]');
      await expect(row).toHaveAttribute("data-status", "provider_inactive", { timeout: 15_000 });
      await expect(row.getByText("Provider switched off")).toBeVisible();
      await expect(row.getByRole("link", { name: "Switch on the Aitronos integration" })).toHaveAttribute(
        "href",
        `/organizations/${DEMO_ORGANIZATION_ID}/integrations`,
      );
      await expect(page.getByTestId("route-resolution")).toHaveAttribute("data-status", "PROVIDER_INACTIVE", {
        timeout: 15_000,
      });
      await expect(page.getByTestId("route-explanation")).toContainText(
        "every Aitronos integration of this organization is switched off",
      );
    } finally {
      const switchedOn = await setAitronosActive(true);
      expect(switchedOn.status()).toBe(200);
    }

    await expect(page.locator('[data-testid="routing-row"][data-model="ftg-2.0"]')).toHaveAttribute(
      "data-status",
      "routable",
      { timeout: 15_000 },
    );
  });

  test("integration column links to the serving integration", async ({ page }) => {
    await openRoutingPage(page);
    const apiRows: { model: string; integration_id: string }[] = (await (await page.request.get(ROUTES_API)).json())
      .data;
    const anthropicId = apiRows.find((row) => row.model === "claude-3-opus")?.integration_id;
    expect(anthropicId).toBeTruthy();

    const row = page.locator('[data-testid="routing-row"][data-model="claude-3-opus"]');
    await expect(row.getByRole("link", { name: "Anthropic integration" })).toHaveAttribute(
      "href",
      `/organizations/${DEMO_ORGANIZATION_ID}/integrations/${anthropicId}`,
    );
  });

  test("search filters the table as you type", async ({ page }) => {
    await openRoutingPage(page);
    const search = page.getByLabel("Search models");

    await search.pressSequentially("sonnet");
    await expect(page.getByTestId("routing-row")).toHaveCount(1);
    await expect(page.getByTestId("routing-row")).toHaveAttribute("data-model", "claude-3-5-sonnet");
    await expect(page.getByTestId("routing-section-openai")).toHaveCount(0);

    await search.fill("clipdrop");
    await expect(page.getByTestId("routing-row")).toHaveCount(5);

    await search.fill("no-such-model");
    await expect(page.getByText('No model matches "no-such-model"')).toBeVisible();

    await search.fill("");
    await expect(page.getByTestId("routing-row")).toHaveCount(16);
  });

  test("dated id is explained", async ({ page }) => {
    await openRoutingPage(page);
    await tryModel(page, "claude-3-5-sonnet-20241022");

    const resolution = page.getByTestId("route-resolution");
    await expect(resolution).toHaveAttribute("data-status", "routable");
    await expect(resolution.getByTestId("route-explanation")).toHaveText(
      "claude-3-5-sonnet-20241022 is a dated snapshot of claude-3-5-sonnet, served by the Anthropic integration.",
    );
    const details = resolution.getByTestId("route-details");
    await expect(details).toContainText("Dated snapshot");
    await expect(details).toContainText("Anthropic");
    await expect(details.getByRole("link", { name: "Anthropic integration" })).toBeVisible();
  });

  test("typing resolves without Enter", async ({ page }) => {
    await openRoutingPage(page);
    await modelIdField(page).pressSequentially("freddy-1");

    await expect(page.getByTestId("route-explanation")).toHaveText(
      "freddy-1 matches the pattern freddy-*, served by the Aitronos integration.",
    );
  });

  test("unknown id is explained", async ({ page }) => {
    await openRoutingPage(page);
    await tryModel(page, "gpt-5");

    await expect(page.getByTestId("route-resolution")).toHaveAttribute("data-status", "MODEL_NOT_FOUND");
    await expect(page.getByTestId("route-explanation")).toContainText("No provider serves gpt-5.");
  });

  test("case-only mismatch offers the family", async ({ page }) => {
    await openRoutingPage(page);
    await tryModel(page, "GPT-4o");

    await expect(page.getByTestId("route-explanation")).toContainText("case-sensitive");
    await page.getByRole("button", { name: "Try gpt-4o" }).click();
    await expect(modelIdField(page)).toHaveValue("gpt-4o");
    await expect(page.getByTestId("route-resolution")).toHaveAttribute("data-status", "routable");
    await expect(page.getByTestId("route-explanation")).toHaveText(
      "gpt-4o is a model of the catalog, served by the OpenAI integration.",
    );
  });

  test("over-long id names the field", async ({ page }) => {
    await openRoutingPage(page);
    await tryModel(page, `freddy-${"a".repeat(194)}`);

    await expect(page.getByText("Model ids are at most 200 characters long.")).toBeVisible();
  });

  test("narrow screens show cards", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openRoutingPage(page);

    // Both layouts are in the page, and CSS hides the tables below the md breakpoint.
    await expect(page.locator("table")).toHaveCount(4);
    await expect(page.locator("table").first()).toBeHidden();
    const card = page.locator('[data-testid="routing-card"][data-model="gpt-4o"]');
    await expect(card).toBeVisible();
    await expect(card.getByText("Routable")).toBeVisible();
    await expect(card.getByRole("link", { name: "OpenAI integration" })).toBeVisible();
  });
});

test.describe("routes API with the session cookie", () => {
  test("path segment is decoded once", async ({ page }) => {
    await signIn(page);

    const escapedHyphen = await page.request.get(`${ROUTES_API}/claude-3-5-sonnet%2D20241022`);
    expect(escapedHyphen.status()).toBe(200);
    expect((await escapedHyphen.json()).model).toBe("claude-3-5-sonnet-20241022");

    const doubleEscaped = await page.request.get(`${ROUTES_API}/gpt-4o%252D`);
    expect(doubleEscaped.status()).toBe(404);
    expect((await doubleEscaped.json()).error.model).toBe("gpt-4o%2D");

    const slash = await page.request.get(`${ROUTES_API}/openai%2Fgpt-4o`);
    expect(slash.status()).toBe(404);
    expect((await slash.json()).error).toMatchObject({ code: "MODEL_NOT_FOUND", model: "openai/gpt-4o" });
  });

  test("member reads the table", async ({ page }) => {
    await signIn(page, "member@example.com");
    await page.goto(ROUTING_PATH);
    await expect(page.getByRole("heading", { level: 1, name: "Routing" })).toBeVisible();

    const response = await page.request.get(ROUTES_API);
    expect(response.status()).toBe(200);
    const rows: { status: string }[] = (await response.json()).data;
    expect(rows).toHaveLength(16);
    expect(rows.every((row) => row.status === "routable")).toBe(true);
  });
});
