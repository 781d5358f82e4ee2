// Seeds the benchmark's data set with multi-row inserts: many organizations,
// their integrations with keys encrypted exactly as the app stores them, one
// organization with LARGE_ORGANIZATION_INTEGRATIONS integrations, API tokens
// and an admin who can sign in.
import { randomBytes, randomUUID } from "node:crypto";

import { generateToken } from "@/lib/access/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/database";
import type { Prisma } from "@/lib/generated/prisma/client";
import { generateOrganizationId } from "@/lib/ids";
import { sealKeyForRow } from "@/lib/integrations/stored-key";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";
import { makeDemoKey } from "@/lib/seed/demo-keys";

import { LARGE_ORGANIZATION_INTEGRATIONS } from "./bench-options";

// Each insert binds about 14 parameters per integration row, and PostgreSQL
// allows at most 65,535 parameters in one statement.
const BATCH_SIZE = 1_000;
// The number of organizations whose tokens the resolve case rotates through.
const RESOLVE_ORGANIZATIONS = 16;

/** The seeded ids, tokens and credentials that the load cases use. */
export type BenchFixture = {
  largeOrganizationId: string;
  /** A member token of the large organization. */
  listToken: string;
  /** Organizations with an active integration of every provider, each with a member token. */
  resolveTargets: { organizationId: string; token: string }[];
  /** An owner of the large organization. */
  admin: { email: string; password: string };
};

type IntegrationRow = Prisma.ProviderIntegrationCreateManyInput;

/**
 * Returns how many integrations each organization gets: the first gets
 * LARGE_ORGANIZATION_INTEGRATIONS, the rest share the remainder as evenly as
 * possible.
 */
function integrationCounts(organizations: number, integrations: number): number[] {
  const others = organizations - 1;
  const remaining = integrations - LARGE_ORGANIZATION_INTEGRATIONS;
  const base = Math.floor(remaining / others);
  const extra = remaining % others;
  return [LARGE_ORGANIZATION_INTEGRATIONS, ...Array.from({ length: others }, (_, index) => base + (index < extra ? 1 : 0))];
}

// Aitronos integrations store no key, so their status is not_required, as in
// the demo seed. Active integrations of the other providers are seeded in the
// state a successful check leaves.
function validationStatusOf(providerName: ProviderName, isActive: boolean): IntegrationRow["validationStatus"] {
  if (providerName === "aitronos") return "not_required";
  return isActive ? "accepted" : "never_checked";
}

/**
 * Builds the integration rows of one organization. The k-th integration is of
 * provider k mod 4, and only the first of each provider is active, which keeps
 * the one-active-per-provider index satisfied.
 */
function integrationRows(organizationId: string, count: number, createdBefore: number): IntegrationRow[] {
  const rows: IntegrationRow[] = [];
  for (let k = 0; k < count; k += 1) {
    const id = randomUUID();
    const providerName: ProviderName = PROVIDER_NAMES[k % PROVIDER_NAMES.length];
    const isActive = k < PROVIDER_NAMES.length;
    const keyColumns =
      providerName === "aitronos"
        ? {}
        : sealKeyForRow(makeDemoKey(providerName), { id, organizationId, providerName });
    rows.push({
      id,
      organizationId,
      providerName,
      providerOrgId: providerName === "openai" ? `org-${randomBytes(12).toString("hex")}` : null,
      providerProjectId: providerName === "openai" ? `proj_${randomBytes(12).toString("hex")}` : null,
      ...keyColumns,
      isActive,
      validationStatus: validationStatusOf(providerName, isActive),
      lastValidatedAt: providerName !== "aitronos" && isActive ? new Date(createdBefore) : null,
      // One second apart, so the list's newest-first order is the insertion order reversed.
      createdAt: new Date(createdBefore - (count - k) * 1_000),
      updatedAt: new Date(createdBefore - (count - k) * 1_000),
    });
  }
  return rows;
}

async function insertInBatches<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await insert(rows.slice(start, start + BATCH_SIZE));
  }
}

async function createMemberToken(database: Database, organizationId: string): Promise<string> {
  const { token, tokenHash, prefix } = generateToken();
  await database.prisma.apiToken.create({
    data: { organizationId, name: "Benchmark", role: "member", tokenHash, prefix },
  });
  return token;
}

/** Seeds an empty database. Keys are sealed with the master keys of SWITCHBOARD_ENCRYPTION_KEYS. */
export async function seedBenchData(
  database: Database,
  sizes: { organizations: number; integrations: number },
): Promise<BenchFixture> {
  const counts = integrationCounts(sizes.organizations, sizes.integrations);
  const organizationIds = counts.map(() => generateOrganizationId());
  const now = Date.now();

  await insertInBatches(
    organizationIds.map((id, index) => ({ id, name: `Benchmark organization ${index + 1}` })),
    (batch) => database.prisma.organization.createMany({ data: batch }),
  );

  // Rows are built and inserted one batch of organizations at a time, so the
  // sealed keys of 40,000 rows are never all in memory at once.
  let pending: IntegrationRow[] = [];
  for (let index = 0; index < organizationIds.length; index += 1) {
    pending.push(...integrationRows(organizationIds[index], counts[index], now));
    if (pending.length >= BATCH_SIZE || index === organizationIds.length - 1) {
      await insertInBatches(pending, (batch) => database.prisma.providerIntegration.createMany({ data: batch }));
      pending = [];
    }
  }

  const fullyCovered = organizationIds.filter((_, index) => index > 0 && counts[index] >= PROVIDER_NAMES.length);
  if (fullyCovered.length === 0) {
    throw new Error(
      `No organization other than the large one has ${PROVIDER_NAMES.length} integrations; raise BENCH_INTEGRATIONS.`,
    );
  }
  const resolveTargets: BenchFixture["resolveTargets"] = [];
  const step = Math.max(1, Math.floor(fullyCovered.length / RESOLVE_ORGANIZATIONS));
  for (let position = 0; position < fullyCovered.length && resolveTargets.length < RESOLVE_ORGANIZATIONS; position += step) {
    const organizationId = fullyCovered[position];
    resolveTargets.push({ organizationId, token: await createMemberToken(database, organizationId) });
  }

  const largeOrganizationId = organizationIds[0];
  const admin = { email: "bench-admin@example.com", password: randomBytes(12).toString("base64url") };
  await database.prisma.user.create({
    data: {
      email: admin.email,
      name: "Benchmark Admin",
      passwordHash: await hashPassword(admin.password),
      memberships: { create: { organizationId: largeOrganizationId, role: "owner" } },
    },
  });

  return {
    largeOrganizationId,
    listToken: await createMemberToken(database, largeOrganizationId),
    resolveTargets,
    admin,
  };
}
