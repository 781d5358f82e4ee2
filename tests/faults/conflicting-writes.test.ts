// Writes that race over HTTP against the production server: an update based
// on a stale read is refused with 409 rather than overwriting a newer change,
// and a create submitted twice at once (same Idempotency-Key) makes one row.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { startFakeProviders, type FakeProviders } from "@/e2e/fake-providers/fake-provider-server";
import type { Database } from "@/lib/db/database";
import { callApi, integrationsPath, type ApiResponse } from "@/tests/faults/api-client";
import { createAppDatabase, type AppDatabase } from "@/tests/faults/app-database";
import { ensureProductionBuild, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import { testEngines } from "@/tests/support/test-database";
import { openAiKey } from "@/tests/providers/use-fake-providers";

const PARALLEL_SUBMISSIONS = 4;

describe.each(testEngines())("conflicting writes over HTTP on %s", (engine) => {
  let fake: FakeProviders;
  let appDatabase: AppDatabase;
  let server: AppServer;
  let database: Database | undefined;
  let organizationId: string;
  let token: string;

  beforeAll(async () => {
    await ensureProductionBuild();
    fake = await startFakeProviders();
    appDatabase = await createAppDatabase(engine);
    database = await appDatabase.open();
    const org = await createOrganizationWithUsers(database);
    organizationId = org.organizationId;
    token = await createApiToken(database, organizationId, "admin");
    if (engine === "pglite") {
      // The server must own the data folder; rows are checked through the API instead.
      await database.close();
      database = undefined;
    }
    server = await startAppServer({
      env: {
        ...appDatabase.env,
        CLIPDROP_BASE_URL: fake.baseUrls.clipdrop,
        OPENAI_BASE_URL: fake.baseUrls.openai,
        VALIDATION_RATE_LIMIT_PER_MINUTE: "1000",
      },
    });
  }, 900_000);

  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await appDatabase?.remove();
    await fake?.close();
  });

  beforeEach(() => {
    fake.requests.length = 0;
  });

  const createInactive = async (key: string): Promise<ApiResponse> => {
    const created = await callApi(server, "POST", integrationsPath(organizationId), {
      token,
      body: { provider_name: "clipdrop", provider_api_key: key, is_active: false },
    });
    expect(created.status).toBe(201);
    return created;
  };

  const listIntegrations = async (): Promise<{ id: string; is_active: boolean }[]> =>
    (await callApi(server, "GET", integrationsPath(organizationId), { token })).body.data;

  test("stale updated_at gets 409", async () => {
    const firstRead = (await createInactive("clipdropstale0001")).body;
    const path = integrationsPath(organizationId, firstRead.id);

    // A real change (a new key for a switched-off integration, so no provider check); a save that changes nothing writes nothing.
    const firstWrite = await callApi(server, "PATCH", path, {
      token,
      body: { provider_api_key: "clipdropstale0001b", updated_at: firstRead.updated_at },
    });
    expect(firstWrite.status).toBe(200);
    expect(firstWrite.body.updated_at).not.toBe(firstRead.updated_at);

    const lostUpdate = await callApi(server, "PATCH", path, { token, body: { is_active: true, updated_at: firstRead.updated_at } });
    expect(lostUpdate.status).toBe(409);
    expect(lostUpdate.body.error.code).toBe("CONFLICT");
    expect(lostUpdate.body.error.updated_at).toBe(firstWrite.body.updated_at);
    expect(fake.requests).toHaveLength(0);

    const current = await callApi(server, "GET", path, { token });
    expect(current.body).toEqual(firstWrite.body);
  });

  test("stale If-Unmodified-Since gets 409", async () => {
    const created = (await createInactive("clipdropstale0002")).body;
    const path = integrationsPath(organizationId, created.id);
    const updatedAt = new Date(created.updated_at).getTime();

    const stale = await callApi(server, "PATCH", path, {
      token,
      body: { is_active: true },
      headers: { "if-unmodified-since": new Date(updatedAt - 5000).toUTCString() },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("CONFLICT");
    expect(fake.requests).toHaveLength(0);
    expect((await callApi(server, "GET", path, { token })).body).toEqual(created);

    const fresh = await callApi(server, "PATCH", path, {
      token,
      body: { is_active: true },
      headers: { "if-unmodified-since": new Date(updatedAt).toUTCString() },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.is_active).toBe(true);
  });

  // The active case uses OpenAI, because the tests above leave a ClipDrop integration active.
  test.each([
    { label: "inactive", provider: "clipdrop", key: "clipdropdouble0001", isActive: false },
    { label: "active", provider: "openai", key: openAiKey("double"), isActive: true },
  ])("parallel $label create with one Idempotency-Key", async ({ label, provider, key, isActive }) => {
    const idempotencyKey = `double-submit-${label}`;
    const before = (await listIntegrations()).length;

    const responses = await Promise.all(
      Array.from({ length: PARALLEL_SUBMISSIONS }, () =>
        callApi(server, "POST", integrationsPath(organizationId), {
          token,
          body: { provider_name: provider, provider_api_key: key, is_active: isActive },
          headers: { "idempotency-key": idempotencyKey },
        }),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(PARALLEL_SUBMISSIONS - 1);
    const ids = new Set(responses.map((response) => response.body.id));
    expect(ids.size).toBe(1);
    const rows = await listIntegrations();
    expect(rows).toHaveLength(before + 1);
    expect(rows.filter((row) => ids.has(row.id))).toHaveLength(1);
    expect(rows.find((row) => ids.has(row.id))?.is_active).toBe(isActive);
  });
});
