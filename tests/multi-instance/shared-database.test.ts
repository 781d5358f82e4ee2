// Two production servers on one PostgreSQL database, as behind a load
// balancer: what one instance writes, the other must see and respect at once,
// because no state that matters lives in a single process.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { startFakeProviders, type FakeProviders } from "@/e2e/fake-providers/fake-provider-server";
import type { Database } from "@/lib/db/database";
import { createIntegration } from "@/lib/integrations/create-integration";
import { callApi, integrationsPath } from "@/tests/faults/api-client";
import { createAppDatabase, type AppDatabase } from "@/tests/faults/app-database";
import { ensureProductionBuild, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createApiToken, createOrganizationWithUsers, TEST_PASSWORD } from "@/tests/support/fixtures";
import { signIn, type SignInOutcome } from "@/tests/multi-instance/sign-in";

type Org = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

// Failures before the throttle's first delay (FREE_ATTEMPTS in lib/auth/sign-in-throttle.ts).
const FREE_SIGN_IN_FAILURES = 5;
// Eight failures give an 8 s delay, long enough to observe without racing it.
const THROTTLE_TEST_FAILURES = 8;

const postgresConfigured = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!postgresConfigured)("two app instances on one PostgreSQL database", () => {
  let fake: FakeProviders;
  let appDatabase: AppDatabase;
  let database: Database;
  let instanceA: AppServer;
  let instanceB: AppServer;
  let org: Org;
  let token: string;

  beforeAll(async () => {
    await ensureProductionBuild();
    fake = await startFakeProviders();
    appDatabase = await createAppDatabase("postgres");
    const env = {
      ...appDatabase.env,
      OPENAI_BASE_URL: fake.baseUrls.openai,
      ANTHROPIC_BASE_URL: fake.baseUrls.anthropic,
      CLIPDROP_BASE_URL: fake.baseUrls.clipdrop,
      VALIDATION_RATE_LIMIT_PER_MINUTE: "1000",
    };
    // Both start on an empty database, so their first requests race to apply the migrations.
    [instanceA, instanceB] = await Promise.all([startAppServer({ env }), startAppServer({ env })]);
    database = await appDatabase.open();
  }, 900_000);

  afterAll(async () => {
    await Promise.all([instanceA?.stop(), instanceB?.stop()]);
    await database?.close();
    await appDatabase?.remove();
    await fake?.close();
  });

  beforeEach(async () => {
    org = await createOrganizationWithUsers(database);
    token = await createApiToken(database, org.organizationId, "admin");
  });

  test("migrations applied once by racing instances", async () => {
    const rows = await database.sql.query<{ migration_name: string; applications: number }>(
      'SELECT migration_name, count(*)::int AS applications FROM "_prisma_migrations" GROUP BY migration_name',
    );

    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row.migration_name).toMatchObject({ applications: 1 });
    expect((await instanceA.request("/api/health")).status).toBe(200);
    expect((await instanceB.request("/api/health")).status).toBe(200);
  });

  test("switch flipped on A is seen on B", async () => {
    const created = await callApi(instanceA, "POST", integrationsPath(org.organizationId), {
      token,
      body: { provider_name: "clipdrop", provider_api_key: "clipdropswitch0001" },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const routePath = `/api/v1/organizations/${org.organizationId}/routes/clipdrop-text-to-image`;

    const routedOnB = await callApi(instanceB, "GET", routePath, { token });
    expect(routedOnB.status).toBe(200);
    expect(routedOnB.body.integration_id).toBe(id);

    const switchedOff = await callApi(instanceA, "PATCH", integrationsPath(org.organizationId, id), { token, body: { is_active: false } });
    expect(switchedOff.status).toBe(200);

    const readOnB = await callApi(instanceB, "GET", integrationsPath(org.organizationId, id), { token });
    expect(readOnB.body.is_active).toBe(false);
    const inactiveOnB = await callApi(instanceB, "GET", routePath, { token });
    expect(inactiveOnB.status).toBe(404);
    expect(inactiveOnB.body.error.code).toBe("PROVIDER_INACTIVE");

    const switchedOn = await callApi(instanceB, "PATCH", integrationsPath(org.organizationId, id), { token, body: { is_active: true } });
    expect(switchedOn.status).toBe(200);
    const readOnA = await callApi(instanceA, "GET", integrationsPath(org.organizationId, id), { token });
    expect(readOnA.body.is_active).toBe(true);
  });

  test("sign-in throttle shared by instances", async () => {
    const email = org.owner.email;
    const failuresRecorded = () => database.prisma.signInFailure.count({ where: { subject: `email:${email}` } });

    for (let i = 0; i < FREE_SIGN_IN_FAILURES - 1; i += 1) {
      expect(await signIn(instanceA, email, "wrong password")).toBe("invalid_credentials");
    }
    expect(await signIn(instanceB, email, "wrong password")).toBe("invalid_credentials");
    expect(await failuresRecorded()).toBe(FREE_SIGN_IN_FAILURES);

    // Each further failure doubles the delay, so wait out each delay on A
    // until the next failure counts, up to a delay too long to race.
    for (let recorded = FREE_SIGN_IN_FAILURES; recorded < THROTTLE_TEST_FAILURES; recorded += 1) {
      await failOnceAfterDelay(instanceA, email);
    }

    expect(await signIn(instanceB, email, TEST_PASSWORD)).toBe("throttled");
    expect(await signIn(instanceA, email, TEST_PASSWORD)).toBe("throttled");
    expect(await failuresRecorded()).toBe(THROTTLE_TEST_FAILURES);
  }, 120_000);

  test("parallel switch-ons across instances leave one active", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { integration } = await createIntegration(org.admin, org.organizationId, {
        provider_name: "clipdrop",
        provider_api_key: `clipdropparallel${i}`,
        is_active: false,
      });
      ids.push(integration.id);
    }

    const responses = await Promise.all(
      ids.map((id, index) =>
        callApi(index % 2 === 0 ? instanceA : instanceB, "PATCH", integrationsPath(org.organizationId, id), {
          token,
          body: { is_active: true },
        }),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ids.length - 1);
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(response.body.error.code).toBe("CONFLICT");
    }
    const active = await database.prisma.providerIntegration.findMany({
      where: { organizationId: org.organizationId, providerName: "clipdrop", isActive: true },
    });
    expect(active).toHaveLength(1);
    expect(active[0].id).toBe(responses.find((response) => response.status === 200)?.body.id);
  });
});

if (!postgresConfigured) {
  test.skip("two app instances skipped: they need TEST_DATABASE_URL, such as postgresql://postgres@127.0.0.1:5432/test", () => {});
}

/**
 * Retries a wrong password on one instance until an attempt is counted as a
 * failure rather than throttled. Bounded: the longest delay reached here is 4 s.
 */
async function failOnceAfterDelay(server: AppServer, email: string): Promise<void> {
  const maxAttempts = 60;
  let outcome: SignInOutcome = "throttled";
  for (let attempt = 0; attempt < maxAttempts && outcome === "throttled"; attempt += 1) {
    outcome = await signIn(server, email, "wrong password");
    if (outcome === "throttled") await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(outcome).toBe("invalid_credentials");
}
