// PostgreSQL restarted or briefly down while the service layer is working.
// The work in flight must fail with an error: no hang, no crash, nothing half
// written. Later calls on the same open database must succeed, because the
// connection pool replaces the connections the restart closed.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

import { AppError } from "@/lib/errors";
import { openDatabase, useDatabase, type Database } from "@/lib/db/database";
import { createIntegration } from "@/lib/integrations/create-integration";
import { updateIntegration } from "@/lib/integrations/update-integration";
import { startGatedProvider, type GatedProvider } from "@/tests/faults/gated-provider";
import { privatePostgresUnavailableReason, startPrivatePostgres, type PrivatePostgres } from "@/tests/faults/private-postgres";
import { settleWithin } from "@/tests/faults/settle-within";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";

type Org = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

// Far longer than a restart and a failed query take; reaching it means the call hung.
const SETTLE_LIMIT_MS = 60_000;
const WAIT_LIMIT_MS = 30_000;

const unavailableReason = privatePostgresUnavailableReason();

describe.skipIf(unavailableReason !== null)("PostgreSQL restart under the service layer", () => {
  let cluster: PrivatePostgres;
  let database: Database;
  let provider: GatedProvider;
  let org: Org;

  beforeAll(async () => {
    cluster = await startPrivatePostgres();
    database = await openDatabase({ engine: "postgres", url: await cluster.createDatabase("switchboard_restart") });
    useDatabase(database);
    provider = await startGatedProvider();
    vi.stubEnv("CLIPDROP_BASE_URL", provider.baseUrl);
  }, 120_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await provider?.close();
    await cluster?.remove();
  });

  beforeEach(async () => {
    org = await createOrganizationWithUsers(database);
  });

  test("in-flight queries fail and later ones succeed", async () => {
    // Settling is tracked from the start, so the rejections are handled when they happen.
    const sleeping = settleWithin(database.sql.query("SELECT pg_sleep(600)"), SETTLE_LIMIT_MS, "the sleeping query");
    const transaction = settleWithin(
      database.prisma.$transaction(
        async (tx) => {
          await tx.organization.create({ data: { id: "ORG_00000000DEADBEEF", name: "Never committed" } });
          await tx.$queryRaw`SELECT pg_sleep(600)`;
        },
        { timeout: 600_000 },
      ),
      SETTLE_LIMIT_MS,
      "the open Prisma transaction",
    );
    const sqlTransaction = settleWithin(
      database.sql.transaction((connection) => connection.query("SELECT pg_sleep(600)")),
      SETTLE_LIMIT_MS,
      "the open SQL transaction",
    );
    await waitForSleepingSessions(database, 3);

    await cluster.restart();

    expect((await sleeping).status).toBe("rejected");
    expect((await transaction).status).toBe("rejected");
    expect((await sqlTransaction).status).toBe("rejected");

    expect(await database.prisma.organization.findUnique({ where: { id: "ORG_00000000DEADBEEF" } })).toBeNull();
    const { integration } = await createIntegration(org.admin, org.organizationId, { provider_name: "aitronos" });
    expect(integration.isActive).toBe(true);
  }, 120_000);

  test("write during an outage fails and leaves the row", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "clipdrop",
      provider_api_key: "clipdropoutage0001",
      is_active: false,
    });
    provider.hold();
    const requestsBefore = provider.requestCount();
    const switchOn = settleWithin(
      updateIntegration(org.admin, org.organizationId, integration.id, { is_active: true }),
      SETTLE_LIMIT_MS,
      "the switch-on during the outage",
    );
    // The check is in flight, and its row write comes after the provider responds.
    await provider.waitForRequests(requestsBefore + 1, WAIT_LIMIT_MS);

    await cluster.stop();
    provider.release();
    const duringOutage = await switchOn;
    await cluster.start();

    expect(duringOutage.status).toBe("rejected");
    const error = duringOutage.status === "rejected" ? duringOutage.reason : undefined;
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(row).toEqual(integration);

    const retried = await updateIntegration(org.admin, org.organizationId, integration.id, { is_active: true });
    expect(retried.isActive).toBe(true);
  }, 120_000);

  test("restart while a check is in flight", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "clipdrop",
      provider_api_key: "clipdroprestart0001",
      is_active: false,
    });
    provider.hold();
    const requestsBefore = provider.requestCount();
    const switchOn = settleWithin(
      updateIntegration(org.admin, org.organizationId, integration.id, { is_active: true }),
      SETTLE_LIMIT_MS,
      "the switch-on across the restart",
    );
    await provider.waitForRequests(requestsBefore + 1, WAIT_LIMIT_MS);

    await cluster.restart();
    provider.release();
    const result = await switchOn;

    // The server is back before the write, and the pool has dropped the closed connections.
    expect(result.status).toBe("fulfilled");
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(row.isActive).toBe(true);
  }, 120_000);

  // Runs last: closing waits for every checked-out connection, so a transaction
  // that never gave its connection back would make this hang.
  test("pool closes after the restarts", async () => {
    const closed = await settleWithin(database.close(), SETTLE_LIMIT_MS, "closing the database");
    expect(closed.status).toBe("fulfilled");
  }, 120_000);
});

if (unavailableReason !== null) test.skip(`PostgreSQL restart tests skipped: ${unavailableReason}`, () => {});

/** Waits until `count` sessions of this database run pg_sleep, so a restart hits them mid-query. */
async function waitForSleepingSessions(database: Database, count: number): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (let attempt = 0; attempt < 300 && Date.now() < deadline; attempt += 1) {
    const rows = await database.sql.query<{ sleeping: number }>(
      "SELECT count(*)::int AS sleeping FROM pg_stat_activity WHERE state = 'active' AND query ILIKE '%pg_sleep(600)%' AND pid <> pg_backend_pid()",
    );
    if ((rows[0]?.sleeping ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${count} sessions in pg_sleep within ${WAIT_LIMIT_MS} ms`);
}
