// The production server while its PostgreSQL server is down or restarting.
// Requests during the outage must get an error response promptly, and the
// same server process must serve again once the database is back, without
// a restart of the app.
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { openDatabase, type Database } from "@/lib/db/database";
import { callApi, integrationsPath } from "@/tests/faults/api-client";
import { startGatedProvider, type GatedProvider } from "@/tests/faults/gated-provider";
import { privatePostgresUnavailableReason, startPrivatePostgres, type PrivatePostgres } from "@/tests/faults/private-postgres";
import { fulfilledValue, settleWithin } from "@/tests/faults/settle-within";
import { ensureProductionBuild, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";

// Far longer than a failed request takes; reaching it means the request hung.
const SETTLE_LIMIT_MS = 60_000;
const WAIT_LIMIT_MS = 30_000;

const unavailableReason = privatePostgresUnavailableReason();

describe.skipIf(unavailableReason !== null)("app server during a PostgreSQL outage", () => {
  let cluster: PrivatePostgres;
  let database: Database;
  let provider: GatedProvider;
  let server: AppServer;
  let organizationId: string;
  let token: string;

  beforeAll(async () => {
    await ensureProductionBuild();
    cluster = await startPrivatePostgres();
    const url = await cluster.createDatabase("switchboard_http");
    database = await openDatabase({ engine: "postgres", url });
    const org = await createOrganizationWithUsers(database);
    organizationId = org.organizationId;
    token = await createApiToken(database, organizationId, "admin");
    provider = await startGatedProvider();
    server = await startAppServer({ env: { DATABASE_URL: url, CLIPDROP_BASE_URL: provider.baseUrl } });
  }, 900_000);

  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await provider?.close();
    await cluster?.remove();
  });

  const createClipDrop = async (key: string): Promise<string> => {
    const created = await callApi(server, "POST", integrationsPath(organizationId), {
      token,
      body: { provider_name: "clipdrop", provider_api_key: key, is_active: false },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  test("outage gets errors, then the same server recovers", async () => {
    expect((await callApi(server, "GET", integrationsPath(organizationId), { token })).status).toBe(200);

    await cluster.stop();
    const health = await settleWithin(server.request("/api/health"), SETTLE_LIMIT_MS, "GET /api/health during the outage");
    const list = await settleWithin(
      callApi(server, "GET", integrationsPath(organizationId), { token }),
      SETTLE_LIMIT_MS,
      "GET integrations during the outage",
    );
    await cluster.start();

    expect(fulfilledValue(health).status).toBe(503);
    expect(fulfilledValue(list).status).toBe(500);
    expect(fulfilledValue(list).body.error.code).toBe("INTERNAL_ERROR");
    expect(server.exitStatus()).toBeNull();

    expect((await callApi(server, "GET", integrationsPath(organizationId), { token })).status).toBe(200);
    expect((await server.request("/api/health")).status).toBe(200);
  }, 120_000);

  test("switch-on cut off by an outage changes nothing", async () => {
    const id = await createClipDrop("clipdropoutage0001");
    provider.hold();
    const requestsBefore = provider.requestCount();
    const switchOn = settleWithin(
      callApi(server, "PATCH", integrationsPath(organizationId, id), { token, body: { is_active: true } }),
      SETTLE_LIMIT_MS,
      "the switch-on during the outage",
    );
    // The check is in flight, and its row write comes after the provider responds.
    await provider.waitForRequests(requestsBefore + 1, WAIT_LIMIT_MS);

    await cluster.stop();
    provider.release();
    const duringOutage = fulfilledValue(await switchOn);
    await cluster.start();

    expect(duringOutage.status).toBe(500);
    expect(duringOutage.body.error.code).toBe("INTERNAL_ERROR");
    const read = await callApi(server, "GET", integrationsPath(organizationId, id), { token });
    expect(read.body.is_active).toBe(false);

    const retried = await callApi(server, "PATCH", integrationsPath(organizationId, id), { token, body: { is_active: true } });
    expect(retried.status).toBe(200);
    expect(retried.body.is_active).toBe(true);
  }, 120_000);

  test("switch-on across a restart succeeds", async () => {
    const id = await createClipDrop("clipdroprestart0001");
    provider.hold();
    const requestsBefore = provider.requestCount();
    const switchOn = settleWithin(
      callApi(server, "PATCH", integrationsPath(organizationId, id), { token, body: { is_active: true, replace_active: true } }),
      SETTLE_LIMIT_MS,
      "the switch-on across the restart",
    );
    await provider.waitForRequests(requestsBefore + 1, WAIT_LIMIT_MS);

    await cluster.restart();
    provider.release();
    const result = fulfilledValue(await switchOn);

    // The database is back before the write, and the server's pool has dropped the closed connections.
    expect(result.status).toBe(200);
    expect(result.body.is_active).toBe(true);
    expect(server.exitStatus()).toBeNull();
  }, 120_000);
});

if (unavailableReason !== null) test.skip(`app server outage tests skipped: ${unavailableReason}`, () => {});
