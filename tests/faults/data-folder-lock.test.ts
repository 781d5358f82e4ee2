// PGlite allows one process per data folder, and two would corrupt it. A
// second server started on a folder that a running server owns must stop at
// start-up with a message naming the folder, and leave the first one serving.
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { callApi, integrationsPath } from "@/tests/faults/api-client";
import { createAppDatabase, type AppDatabase } from "@/tests/faults/app-database";
import { createIntegration } from "@/lib/integrations/create-integration";
import {
  describeExit,
  ensureProductionBuild,
  launchAppServer,
  startAppServer,
  waitForExit,
  type AppServer,
} from "@/tests/support/app-server";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";

const EXIT_TIMEOUT_MS = 120_000;

describe("second server on one embedded data folder", () => {
  let appDatabase: AppDatabase;
  let first: AppServer;
  let second: AppServer | undefined;
  let organizationId: string;
  let integrationId: string;
  let token: string;

  beforeAll(async () => {
    await ensureProductionBuild();
    appDatabase = await createAppDatabase("pglite");
    const database = await appDatabase.open();
    const org = await createOrganizationWithUsers(database);
    organizationId = org.organizationId;
    token = await createApiToken(database, organizationId, "admin");
    integrationId = (await createIntegration(org.admin, organizationId, { provider_name: "aitronos" })).integration.id;
    await database.close();

    first = await startAppServer({ env: appDatabase.env });
  }, 900_000);

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await appDatabase?.remove();
  });

  test("second server exits naming the folder", async () => {
    second = await launchAppServer({ env: appDatabase.env });

    const status = await waitForExit(second, EXIT_TIMEOUT_MS);

    expect(status, `the second server still runs after ${EXIT_TIMEOUT_MS} ms:\n${second.output()}`).not.toBeNull();
    expect(status?.code, describeExit(status ?? { code: null, signal: null })).not.toBe(0);
    expect(second.output()).toContain(`The embedded database in ${appDatabase.env.SWITCHBOARD_DATA_DIR} is in use by process`);
    expect(second.output()).toContain("SWITCHBOARD_DATA_DIR");
  });

  test("first server still serves its data", async () => {
    expect(first.exitStatus()).toBeNull();
    expect((await first.request("/api/health")).status).toBe(200);

    const listed = await callApi(first, "GET", integrationsPath(organizationId), { token });

    expect(listed.status).toBe(200);
    expect(listed.body.data.map((row: { id: string }) => row.id)).toEqual([integrationId]);
  });

  test("data intact after both stop", async () => {
    await first.stop();

    const database = await appDatabase.open();
    try {
      const rows = await database.prisma.providerIntegration.findMany({ where: { organizationId } });
      expect(rows.map((row) => row.id)).toEqual([integrationId]);
      expect(rows[0]).toMatchObject({ providerName: "aitronos", isActive: true });
    } finally {
      await database.close();
    }
  });
});
