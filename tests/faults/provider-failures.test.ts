// A provider that hangs, drops the connection or responds with a page that is
// not its API must not hold a request past the check's timeout. It must not
// change what is stored either: nothing is created, activated or replaced.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

import { AppError } from "@/lib/errors";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { checkIntegrationNow } from "@/lib/integrations/check-integration-now";
import { createIntegration } from "@/lib/integrations/create-integration";
import { openStoredKey } from "@/lib/integrations/stored-key";
import { updateIntegration } from "@/lib/integrations/update-integration";
import { settleWithin, type Settled } from "@/tests/faults/settle-within";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";
import { anthropicKey, openAiKey, useFakeProviders } from "@/tests/providers/use-fake-providers";

type Org = Awaited<ReturnType<typeof createOrganizationWithUsers>>;
type CheckedProvider = "openai" | "anthropic" | "clipdrop";

const CHECK_TIMEOUT_MS = 500;
// Far below the 10 s default timeout, so passing proves the configured one applied.
const MAX_EXPECTED_MS = CHECK_TIMEOUT_MS + 4000;
// Setting a hard limit well above MAX_EXPECTED_MS turns a hang into a clear failure.
const HANG_LIMIT_MS = 20_000;

const KEY_FOR: Record<CheckedProvider, (marker: string) => string> = {
  openai: openAiKey,
  anthropic: anthropicKey,
  clipdrop: (marker) => `clipdrop${marker}key0001`,
};

const CASES = (["openai", "anthropic", "clipdrop"] as const).flatMap((provider) =>
  (["hang", "reset", "garbage"] as const).map((marker) => ({ provider, marker })),
);

function expectUnavailable(result: Settled<unknown>, marker: string): void {
  expect(result.status).toBe("rejected");
  const error = result.status === "rejected" ? result.reason : undefined;
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("PROVIDER_UNAVAILABLE");
  expect(result.elapsedMs).toBeLessThan(MAX_EXPECTED_MS);
  if (marker === "hang") {
    expect((error as AppError).message).toContain("timed out");
    // setTimeout never fires early by more than a millisecond; the margin is for clock rounding.
    expect(result.elapsedMs).toBeGreaterThanOrEqual(CHECK_TIMEOUT_MS - 5);
  }
}

describe.each(testEngines())("unreachable provider on %s", (engine) => {
  const fake = useFakeProviders();
  let database: TestDatabase;
  let org: Org;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    vi.stubEnv("PROVIDER_CHECK_TIMEOUT_MS", String(CHECK_TIMEOUT_MS));
  });
  afterAll(async () => {
    await database.drop();
  });
  beforeEach(async () => {
    org = await createOrganizationWithUsers(database);
  });

  const readRow = (id: string): Promise<ProviderIntegration> =>
    database.prisma.providerIntegration.findUniqueOrThrow({ where: { id } });

  test.each(CASES)("$provider $marker changes nothing", async ({ provider, marker }) => {
    const failingKey = KEY_FOR[provider](marker);

    const created = await settleWithin(
      createIntegration(org.admin, org.organizationId, { provider_name: provider, provider_api_key: failingKey }),
      HANG_LIMIT_MS,
      "create",
    );
    expectUnavailable(created, marker);
    expect(await database.prisma.providerIntegration.count({ where: { organizationId: org.organizationId } })).toBe(0);

    const stored = (
      await createIntegration(org.admin, org.organizationId, { provider_name: provider, provider_api_key: failingKey, is_active: false })
    ).integration;
    const switchedOn = await settleWithin(
      updateIntegration(org.admin, org.organizationId, stored.id, { is_active: true }),
      HANG_LIMIT_MS,
      "switch-on",
    );
    expectUnavailable(switchedOn, marker);
    expect(await readRow(stored.id)).toEqual(stored);

    const working = (
      await createIntegration(org.admin, org.organizationId, {
        provider_name: provider,
        provider_api_key: KEY_FOR[provider]("works"),
      })
    ).integration;
    expect(working.isActive).toBe(true);
    const replaced = await settleWithin(
      updateIntegration(org.admin, org.organizationId, working.id, { provider_api_key: failingKey }),
      HANG_LIMIT_MS,
      "key replacement",
    );
    expectUnavailable(replaced, marker);
    const workingAfter = await readRow(working.id);
    expect(workingAfter).toEqual(working);
    expect(openStoredKey(workingAfter)).toBe(KEY_FOR[provider]("works"));

    const events = await database.prisma.auditEvent.findMany({
      where: { organizationId: org.organizationId, action: "integration.validation_unavailable" },
    });
    expect(events).toHaveLength(3);
  });

  test.each(CASES)("$provider $marker check now records unavailable", async ({ provider, marker }) => {
    const stored = (
      await createIntegration(org.admin, org.organizationId, {
        provider_name: provider,
        provider_api_key: KEY_FOR[provider](marker),
        is_active: false,
      })
    ).integration;

    const checked = await settleWithin(checkIntegrationNow(org.admin, org.organizationId, stored.id), HANG_LIMIT_MS, "check now");

    expect(checked.status).toBe("fulfilled");
    expect(checked.elapsedMs).toBeLessThan(MAX_EXPECTED_MS);
    const outcome = checked.status === "fulfilled" ? checked.value.outcome : undefined;
    expect(outcome?.outcome).toBe("unavailable");
    const row = await readRow(stored.id);
    expect(row.validationStatus).toBe("unavailable");
    expect(row.isActive).toBe(false);
    expect(row.keyCiphertext).toBe(stored.keyCiphertext);
    expect(row.keyNonce).toBe(stored.keyNonce);
    expect(fake().requests).toHaveLength(1);
  });
});
