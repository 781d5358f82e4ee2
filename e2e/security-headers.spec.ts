import { expect, test } from "@playwright/test";

import { DEMO_ORGANIZATION_ID, signIn } from "./support/sign-in";

test.describe("security headers", () => {
  test("pages forbid framing and sniffing and carry a nonce-based policy", async ({ request }) => {
    const response = await request.get("/login");
    const headers = response.headers();
    const policy = headers["content-security-policy"];
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
  });

  test("every page's inline scripts carry the nonce", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page);
    await expect(page.getByRole("heading", { name: "Integrations" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("404 page runs under the policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page);

    const response = await page.goto(`/organizations/${DEMO_ORGANIZATION_ID}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    // The demo admin has one organization, so the link ends on its integrations.
    await page.getByRole("link", { name: "Go to your organizations" }).click();
    await expect(page.getByRole("heading", { name: "Integrations" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("API answers and authenticated pages are not cached", async ({ page }) => {
    await signIn(page);
    const api = await page.request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`);
    expect(api.headers()["cache-control"]).toBe("no-store");
    const html = await page.request.get(`/organizations/${DEMO_ORGANIZATION_ID}/integrations`);
    expect(html.headers()["cache-control"]).toContain("no-store");
  });

  test("a cross-origin write with the admin's cookie answers 403", async ({ page }) => {
    await signIn(page);
    const list = await page.request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`);
    const [first] = (await list.json()).data;
    const response = await page.request.patch(
      `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations/${first.id}`,
      { headers: { Origin: "https://attacker.example" }, data: { is_active: !first.is_active } },
    );
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    const after = await page.request.get(
      `/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations/${first.id}`,
    );
    expect((await after.json()).is_active).toBe(first.is_active);
  });

  test("a spoofed middleware subrequest header skips no check", async ({ request }) => {
    const response = await request.get(`/api/v1/organizations/${DEMO_ORGANIZATION_ID}/provider-integrations`, {
      headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" },
    });
    expect(response.status()).toBe(401);
    const page = await request.get(`/organizations/${DEMO_ORGANIZATION_ID}/integrations`, {
      headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      maxRedirects: 0,
    });
    expect([302, 303, 307]).toContain(page.status());
    expect(page.headers()["location"]).toContain("/login");
  });

  test("the health endpoint answers without details", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
