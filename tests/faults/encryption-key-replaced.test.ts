// A server started with a valid master key that is not the one the rows were
// encrypted with cannot tell at start-up. Each stored key it then fails to
// decrypt must be reported as "enter the key again", never sent upstream, and
// left byte for byte as it was, so restoring the right master key restores it.
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Database } from "@/lib/db/database";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { createIntegration } from "@/lib/integrations/create-integration";
import { openStoredKey } from "@/lib/integrations/stored-key";
import { callApi, integrationsPath } from "@/tests/faults/api-client";
import { createAppDatabase, type AppDatabase } from "@/tests/faults/app-database";
import { ensureProductionBuild, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import { testEngines } from "@/tests/support/test-database";
import { anthropicKey, openAiKey, useFakeProviders } from "@/tests/providers/use-fake-providers";

// The key id of the test process's master key (tests/support/test-environment.ts).
const ORIGINAL_KEY_ID = "test1";

const REPLACEMENTS = testEngines().flatMap((engine) => [
  // Same id, other bytes: decryption fails authentication.
  { engine, label: "other key, same id", keys: `${ORIGINAL_KEY_ID}:${randomBytes(32).toString("base64")}` },
  // Another id: the row names a master key that is no longer configured.
  { engine, label: "other key id", keys: `k2:${randomBytes(32).toString("base64")}` },
]);

type KeyColumns = Pick<ProviderIntegration, "id" | "keyCiphertext" | "keyNonce" | "keyId" | "keyHint">;

function keyColumns(row: ProviderIntegration): KeyColumns {
  return { id: row.id, keyCiphertext: row.keyCiphertext, keyNonce: row.keyNonce, keyId: row.keyId, keyHint: row.keyHint };
}

describe.each(REPLACEMENTS)("master key replaced ($label) on $engine", ({ engine, keys }) => {
  const fake = useFakeProviders();
  let appDatabase: AppDatabase;
  let database: Database | undefined;
  let server: AppServer;
  let organizationId: string;
  let token: string;
  let activeRow: ProviderIntegration;
  let inactiveRow: ProviderIntegration;
  let reenteredRow: ProviderIntegration;
  let before: KeyColumns[];

  beforeAll(async () => {
    await ensureProductionBuild();
    appDatabase = await createAppDatabase(engine);
    database = await appDatabase.open();
    const org = await createOrganizationWithUsers(database);
    organizationId = org.organizationId;
    token = await createApiToken(database, organizationId, "admin");

    const create = async (input: Record<string, unknown>) => (await createIntegration(org.admin, organizationId, input)).integration;
    activeRow = await create({ provider_name: "openai", provider_api_key: openAiKey("stored") });
    inactiveRow = await create({ provider_name: "clipdrop", provider_api_key: "clipdropstored0001", is_active: false });
    reenteredRow = await create({ provider_name: "anthropic", provider_api_key: anthropicKey("stored") });
    before = (await database.prisma.providerIntegration.findMany({ orderBy: { id: "asc" } })).map(keyColumns);
    await database.close();
    database = undefined;

    server = await startAppServer({
      env: {
        ...appDatabase.env,
        SWITCHBOARD_ENCRYPTION_KEYS: keys,
        OPENAI_BASE_URL: fake().baseUrls.openai,
        ANTHROPIC_BASE_URL: fake().baseUrls.anthropic,
        CLIPDROP_BASE_URL: fake().baseUrls.clipdrop,
      },
    });
  }, 900_000);

  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await appDatabase?.remove();
  });

  test("server starts and reports healthy", async () => {
    expect((await server.request("/api/health")).status).toBe(200);
  });

  test("check now reports undecryptable", async () => {
    const checked = await callApi(server, "POST", `${integrationsPath(organizationId, activeRow.id)}/validate`, { token });

    expect(checked.status).toBe(400);
    expect(checked.body.error.code).toBe("VALIDATION_FAILED");
    expect(checked.body.error.fields.provider_api_key).toContain("Enter the key again");
    expect(fake().requests).toHaveLength(0);

    const read = await callApi(server, "GET", integrationsPath(organizationId, activeRow.id), { token });
    expect(read.body.validation_status).toBe("undecryptable");
    expect(read.body.is_active).toBe(true);
    expect(read.body.provider_api_key).toBe("[ENCRYPTED]");
  });

  test("switch-on reports undecryptable", async () => {
    const switched = await callApi(server, "PATCH", integrationsPath(organizationId, inactiveRow.id), {
      token,
      body: { is_active: true },
    });

    expect(switched.status).toBe(400);
    expect(switched.body.error.code).toBe("VALIDATION_FAILED");
    expect(switched.body.error.fields.provider_api_key).toContain("Enter the key again");
    expect(fake().requests).toHaveLength(0);

    const read = await callApi(server, "GET", integrationsPath(organizationId, inactiveRow.id), { token });
    expect(read.body.validation_status).toBe("undecryptable");
    expect(read.body.is_active).toBe(false);
  });

  test("re-entered key is checked and stored", async () => {
    const newKey = anthropicKey("reentered");

    const replaced = await callApi(server, "PATCH", integrationsPath(organizationId, reenteredRow.id), {
      token,
      body: { provider_api_key: newKey },
    });

    expect(replaced.status).toBe(200);
    expect(replaced.body.validation_status).toBe("accepted");
    expect(fake().requests.map((request) => request.apiKey)).toEqual([newKey]);
  });

  test("no other row rewritten or lost", async () => {
    await server.stop();
    database = await appDatabase.open();

    const after = (await database.prisma.providerIntegration.findMany({ orderBy: { id: "asc" } })).map(keyColumns);

    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    const untouched = (rows: KeyColumns[]) => rows.filter((row) => row.id !== reenteredRow.id);
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.find((row) => row.id === reenteredRow.id)?.keyCiphertext).not.toBe(reenteredRow.keyCiphertext);

    const rows = await database.prisma.providerIntegration.findMany({ where: { id: { in: [activeRow.id, inactiveRow.id] } } });
    for (const row of rows) {
      expect(row.validationStatus).toBe("undecryptable");
      expect(row.validationMessage).toBe("The stored key cannot be decrypted; enter the key again.");
    }
    // This process still has the original master key, which reads the untouched rows.
    expect(openStoredKey(rows.find((row) => row.id === activeRow.id) as ProviderIntegration)).toBe(openAiKey("stored"));
    expect(openStoredKey(rows.find((row) => row.id === inactiveRow.id) as ProviderIntegration)).toBe("clipdropstored0001");
  });
});
