import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

import { AppError } from "@/lib/errors";
import { checkIntegrationNow } from "@/lib/integrations/check-integration-now";
import { createIntegration } from "@/lib/integrations/create-integration";
import { deleteIntegration } from "@/lib/integrations/delete-integration";
import { openStoredKey } from "@/lib/integrations/stored-key";
import { updateIntegration } from "@/lib/integrations/update-integration";
import { createOrganizationWithUsers } from "@/tests/support/fixtures";
import { createTestDatabase, testEngines, type TestDatabase } from "@/tests/support/test-database";
import { anthropicKey, openAiKey, useFakeProviders } from "@/tests/providers/use-fake-providers";

type Org = Awaited<ReturnType<typeof createOrganizationWithUsers>>;

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but the call succeeded");
}

describe.each(testEngines())("integration lifecycle on %s", (engine) => {
  const fake = useFakeProviders();
  let database: TestDatabase;
  let org: Org;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.drop();
  });
  beforeEach(async () => {
    org = await createOrganizationWithUsers(database);
  });

  const auditActions = async (organizationId: string) =>
    (await database.prisma.auditEvent.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } })).map(
      (event) => event.action,
    );

  test("create with a good key is active and checked", async () => {
    const key = openAiKey("good");
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "openai",
      provider_api_key: key,
      provider_org_id: "org-abc",
    });
    expect(integration).toMatchObject({ isActive: true, validationStatus: "accepted", keyHint: "sk-proj…ABCD" });
    expect(openStoredKey(integration)).toBe(key);
    expect(fake().requests).toHaveLength(1);
    expect(fake().requests[0]).toMatchObject({ provider: "openai", apiKey: key, organization: "org-abc" });
    expect(fake().requests[0].host).toBe(new URL(fake().origin).host);
    expect(await auditActions(org.organizationId)).toEqual(["integration.created"]);
  });

  test("create with a rejected key writes nothing and is audited", async () => {
    const error = await appErrorOf(
      createIntegration(org.admin, org.organizationId, { provider_name: "openai", provider_api_key: openAiKey("rejected") }),
    );
    expect(error.code).toBe("CREDENTIAL_REJECTED");
    expect(error.status).toBe(422);
    expect(error.fields).toEqual({ provider_api_key: "OpenAI rejected this key: invalid API key" });
    expect(await database.prisma.providerIntegration.count({ where: { organizationId: org.organizationId } })).toBe(0);
    const events = await database.prisma.auditEvent.findMany({ where: { organizationId: org.organizationId } });
    expect(events.map((event) => event.action)).toEqual(["integration.validation_failed"]);
    expect(events[0].details).toMatchObject({ provider: "openai", http_status: 401, error_code: "invalid_api_key" });
    expect(events[0].actorLabel).toBe(org.admin.email);
  });

  test("a mismatched organization blames the organization id, not the key", async () => {
    const error = await appErrorOf(
      createIntegration(org.admin, org.organizationId, {
        provider_name: "openai",
        provider_api_key: openAiKey("good"),
        provider_org_id: "org-mismatch",
      }),
    );
    expect(error.code).toBe("CREDENTIAL_REJECTED");
    expect(Object.keys(error.fields ?? {})).toEqual(["provider_org_id"]);
  });

  test("a rate-limited key is accepted with a warning", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "openai",
      provider_api_key: openAiKey("ratelimited"),
    });
    expect(integration).toMatchObject({ isActive: true, validationStatus: "accepted_with_warning" });
    expect(integration.validationMessage).toBeTruthy();
  });

  test("provider down answers 502 and creates nothing", async () => {
    const error = await appErrorOf(
      createIntegration(org.admin, org.organizationId, { provider_name: "openai", provider_api_key: openAiKey("servererror") }),
    );
    expect(error.code).toBe("PROVIDER_UNAVAILABLE");
    expect(error.status).toBe(502);
    expect(await database.prisma.providerIntegration.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  test("a second active integration of a provider is a conflict naming the active one", async () => {
    const first = await createIntegration(org.admin, org.organizationId, {
      provider_name: "anthropic",
      provider_api_key: anthropicKey("first"),
    });
    const error = await appErrorOf(
      createIntegration(org.admin, org.organizationId, { provider_name: "anthropic", provider_api_key: anthropicKey("second") }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(first.integration.id);
    expect(error.details).toEqual({ active_integration_id: first.integration.id });
  });

  test("replace_active switches the new one on and the old one off in one step", async () => {
    const old = await createIntegration(org.admin, org.organizationId, { provider_name: "anthropic", provider_api_key: anthropicKey("old") });
    const next = await createIntegration(org.admin, org.organizationId, {
      provider_name: "anthropic",
      provider_api_key: anthropicKey("new"),
      is_active: false,
    });
    const updated = await updateIntegration(org.admin, org.organizationId, next.integration.id, {
      is_active: true,
      replace_active: true,
    });
    expect(updated.isActive).toBe(true);
    const oldNow = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: old.integration.id } });
    expect(oldNow.isActive).toBe(false);
    const actions = await auditActions(org.organizationId);
    expect(actions).toContain("integration.activated");
    expect(actions.filter((action) => action === "integration.deactivated")).toHaveLength(1);
  });

  test("switching on a stored key the provider now rejects keeps it off", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "openai",
      provider_api_key: openAiKey("rejected"),
      is_active: false,
    });
    expect(fake().requests).toHaveLength(0);
    const error = await appErrorOf(updateIntegration(org.admin, org.organizationId, integration.id, { is_active: true }));
    expect(error.code).toBe("CREDENTIAL_REJECTED");
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(row).toMatchObject({ isActive: false, validationStatus: "rejected" });
    expect(await auditActions(org.organizationId)).toContain("integration.validation_failed");
  });

  test("a rejected replacement keeps the working key and state", async () => {
    const goodKey = openAiKey("works");
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "openai",
      provider_api_key: goodKey,
    });
    const error = await appErrorOf(
      updateIntegration(org.admin, org.organizationId, integration.id, { provider_api_key: openAiKey("rejected") }),
    );
    expect(error.code).toBe("CREDENTIAL_REJECTED");
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(row.isActive).toBe(true);
    expect(openStoredKey(row)).toBe(goodKey);
    expect(row.updatedAt.getTime()).toBe(integration.updatedAt.getTime());
  });

  test("a good replacement is checked, stored and audited", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, { provider_name: "openai", provider_api_key: openAiKey("one") });
    const newKey = `${openAiKey("two")}\n`;
    const updated = await updateIntegration(org.admin, org.organizationId, integration.id, { provider_api_key: newKey });
    expect(openStoredKey(updated)).toBe(newKey.trim());
    expect(await auditActions(org.organizationId)).toEqual(["integration.created", "integration.key_replaced"]);
  });

  test("a stale updated_at or If-Unmodified-Since is a conflict", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "clipdrop",
      provider_api_key: "clipdropkey0001",
      is_active: false,
    });
    const stale = new Date(integration.updatedAt.getTime() - 5000);
    const bodyGuard = await appErrorOf(
      updateIntegration(org.admin, org.organizationId, integration.id, { provider_org_id: null, updated_at: stale.toISOString() }),
    );
    expect(bodyGuard.code).toBe("CONFLICT");
    const headerGuard = await appErrorOf(
      updateIntegration(org.admin, org.organizationId, integration.id, {}, { ifUnmodifiedSince: stale.toUTCString() }),
    );
    expect(headerGuard.code).toBe("CONFLICT");
    const fresh = await updateIntegration(org.admin, org.organizationId, integration.id, {
      updated_at: integration.updatedAt.toISOString(),
    });
    expect(fresh.id).toBe(integration.id);
  });

  test("no-op save writes nothing", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "openai",
      provider_api_key: openAiKey("good"),
      provider_org_id: "org-abc",
    });
    const requestsBefore = fake().requests.length;

    const saved = await updateIntegration(org.admin, org.organizationId, integration.id, {
      provider_org_id: "org-abc",
      is_active: true,
      updated_at: integration.updatedAt.toISOString(),
    });

    expect(saved.updatedAt).toEqual(integration.updatedAt);
    const stored = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(stored.updatedAt).toEqual(integration.updatedAt);
    expect(fake().requests).toHaveLength(requestsBefore);
    expect(await auditActions(org.organizationId)).toEqual(["integration.created"]);
  });

  test("members cannot write and other organizations cannot see", async () => {
    const other = await createOrganizationWithUsers(database, "Other");
    const { integration } = await createIntegration(org.admin, org.organizationId, { provider_name: "aitronos" });

    expect((await appErrorOf(updateIntegration(org.member, org.organizationId, integration.id, { is_active: false }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(deleteIntegration(org.member, org.organizationId, integration.id))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(updateIntegration(other.owner, org.organizationId, integration.id, { is_active: false }))).code).toBe("NOT_FOUND");
    // Another organization's integration id under the caller's own organization is not found either.
    expect((await appErrorOf(updateIntegration(other.owner, other.organizationId, integration.id, { is_active: false }))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(deleteIntegration(other.owner, other.organizationId, integration.id))).code).toBe("NOT_FOUND");
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: integration.id } });
    expect(row.isActive).toBe(true);
  });

  test("delete removes the row and keeps the audit trail", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, { provider_name: "clipdrop", provider_api_key: "clipdropkey0002" });
    await deleteIntegration(org.owner, org.organizationId, integration.id);
    expect(await database.prisma.providerIntegration.findUnique({ where: { id: integration.id } })).toBeNull();
    expect(await auditActions(org.organizationId)).toEqual(["integration.created", "integration.deleted"]);
  });

  test("a ciphertext copied from another row is never sent upstream", async () => {
    const source = await createIntegration(org.admin, org.organizationId, { provider_name: "openai", provider_api_key: openAiKey("source") });
    const target = await createIntegration(org.admin, org.organizationId, {
      provider_name: "openai",
      provider_api_key: openAiKey("target"),
      is_active: false,
    });
    await database.prisma.providerIntegration.update({
      where: { id: target.integration.id },
      data: { keyCiphertext: source.integration.keyCiphertext, keyNonce: source.integration.keyNonce },
    });
    fake().requests.length = 0;
    const error = await appErrorOf(
      updateIntegration(org.admin, org.organizationId, target.integration.id, { is_active: true, replace_active: true }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields ?? {})).toEqual(["provider_api_key"]);
    expect(fake().requests).toHaveLength(0);
    const row = await database.prisma.providerIntegration.findUniqueOrThrow({ where: { id: target.integration.id } });
    expect(row).toMatchObject({ isActive: false, validationStatus: "undecryptable" });
    expect(await auditActions(org.organizationId)).toContain("integration.decrypt_failed");
  });

  test("aitronos needs no check and takes no key", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, { provider_name: "aitronos" });
    expect(integration).toMatchObject({ isActive: true, validationStatus: "not_required", keyCiphertext: null });
    expect(fake().requests).toHaveLength(0);
    const error = await appErrorOf(
      createIntegration(org.admin, org.organizationId, { provider_name: "aitronos", provider_api_key: "sk-anything", is_active: false }),
    );
    expect(error.fields).toEqual({ provider_api_key: "Aitronos takes no API key." });
  });

  test("a repeated request id creates one row", async () => {
    const input = { provider_name: "clipdrop", provider_api_key: "clipdropkey0003", is_active: false };
    const [first, second] = await Promise.all([
      createIntegration(org.admin, org.organizationId, input, "form-submission-0001"),
      createIntegration(org.admin, org.organizationId, input, "form-submission-0001"),
    ]);
    expect(first.integration.id).toBe(second.integration.id);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(await database.prisma.providerIntegration.count({ where: { organizationId: org.organizationId } })).toBe(1);
  });

  test("a key with a space inside is a field error and writes nothing", async () => {
    const error = await appErrorOf(
      createIntegration(org.admin, org.organizationId, { provider_name: "openai", provider_api_key: "sk-abc def" }),
    ).catch((thrown) => thrown);
    // zod errors surface as ZodError from the service; the API and actions map them to VALIDATION_FAILED.
    expect(String(error)).toMatch(/provider_api_key|spaces/);
    expect(await database.prisma.providerIntegration.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  test("credential checks are rate limited per organization", async () => {
    vi.stubEnv("VALIDATION_RATE_LIMIT_PER_MINUTE", "2");
    try {
      const { integration } = await createIntegration(org.admin, org.organizationId, {
        provider_name: "anthropic",
        provider_api_key: anthropicKey("limit"),
      });
      await checkIntegrationNow(org.admin, org.organizationId, integration.id);
      const error = await appErrorOf(checkIntegrationNow(org.admin, org.organizationId, integration.id));
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(fake().requests).toHaveLength(2);
    } finally {
      vi.stubEnv("VALIDATION_RATE_LIMIT_PER_MINUTE", "");
    }
  });

  test("check now records ClipDrop's remaining credits", async () => {
    const { integration } = await createIntegration(org.admin, org.organizationId, {
      provider_name: "clipdrop",
      provider_api_key: "clipdropkey0004",
      is_active: false,
    });
    const { integration: checked, outcome } = await checkIntegrationNow(org.admin, org.organizationId, integration.id);
    expect(outcome.outcome).toBe("accepted");
    expect(Number(checked.remainingCredits)).toBe(100);
    expect(checked.isActive).toBe(false);
  });

  test("a provider that echoes the key never puts it in errors or the audit trail", async () => {
    const key = openAiKey("echo");
    const error = await appErrorOf(createIntegration(org.admin, org.organizationId, { provider_name: "openai", provider_api_key: key }));
    expect(JSON.stringify({ message: error.message, fields: error.fields })).not.toContain(key);
    const events = await database.prisma.auditEvent.findMany({ where: { organizationId: org.organizationId } });
    expect(JSON.stringify(events)).not.toContain(key);
  });

  test("parallel switch-ons leave one active and answer CONFLICT to the rest", async () => {
    const rows = [];
    for (let i = 0; i < 4; i += 1) {
      rows.push(
        (await createIntegration(org.admin, org.organizationId, {
          provider_name: "clipdrop",
          provider_api_key: `clipdropparallel${i}`,
          is_active: false,
        })).integration,
      );
    }
    const results = await Promise.allSettled(
      rows.map((row) => updateIntegration(org.admin, org.organizationId, row.id, { is_active: true })),
    );
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((reason) => reason instanceof AppError && reason.code === "CONFLICT")).toBe(true);
    expect(
      await database.prisma.providerIntegration.count({
        where: { organizationId: org.organizationId, providerName: "clipdrop", isActive: true },
      }),
    ).toBe(1);
  });
});
