import "server-only";

import { z } from "zod";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { createIntegration } from "@/lib/integrations/create-integration";
import { isoUtc } from "@/lib/integrations/integration-view";
import { updateIntegration } from "@/lib/integrations/update-integration";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";

/** One provider as the Aitronos platform's own providers API describes it. */
export type PlatformProviderView = {
  provider_name: ProviderName;
  is_active: boolean;
  has_credentials: boolean;
  provider_org_id: string | null;
  provider_project_id: string | null;
  created_at: string;
  updated_at: string;
};

export const platformProvidersQuerySchema = z
  .object({
    active_only: z
      .enum(["true", "false"], { error: 'Must be "true" or "false".' })
      .transform((value) => value === "true")
      .optional(),
  })
  .strict();

export const platformProviderUpdateSchema = z
  .object({
    is_active: z.boolean({ error: "Must be true or false." }).optional(),
    api_key: z.string({ error: "Must be a string." }).nullable().optional(),
    org_id: z.string({ error: "Must be a string or null." }).nullable().optional(),
    project_id: z.string({ error: "Must be a string or null." }).nullable().optional(),
  })
  .strict();

// The platform's field names for the integration fields, for error messages.
const PLATFORM_FIELD_NAMES: Record<string, string> = {
  provider_api_key: "api_key",
  provider_org_id: "org_id",
  provider_project_id: "project_id",
};

/**
 * A provider's current integration: its active one, else the one changed
 * last. The platform's API has one configuration per provider; Switchboard
 * keeps several, so this is the one that view stands for.
 */
function currentIntegrations(rows: ProviderIntegration[]): Map<ProviderName, ProviderIntegration> {
  const current = new Map<ProviderName, ProviderIntegration>();
  for (const row of rows) {
    const chosen = current.get(row.providerName);
    const better =
      !chosen ||
      (row.isActive && !chosen.isActive) ||
      (row.isActive === chosen.isActive && row.updatedAt > chosen.updatedAt);
    if (better) current.set(row.providerName, row);
  }
  return current;
}

export async function listPlatformProviders(
  caller: Caller,
  organizationId: string,
  activeOnly: boolean,
): Promise<PlatformProviderView[]> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.read");
  const prisma = await getPrisma();
  const rows = await prisma.providerIntegration.findMany({ where: { organizationId: access.organizationId } });
  const current = currentIntegrations(rows);
  return PROVIDER_NAMES.flatMap((providerName) => {
    const row = current.get(providerName);
    if (!row || (activeOnly && !row.isActive)) return [];
    return [
      {
        provider_name: providerName,
        is_active: row.isActive,
        has_credentials: row.keyCiphertext !== null,
        provider_org_id: row.providerOrgId,
        provider_project_id: row.providerProjectId,
        created_at: isoUtc(row.createdAt),
        updated_at: isoUtc(row.updatedAt),
      },
    ];
  });
}

/**
 * The platform's update of one provider, applied to its current integration
 * through the same service as the rest of the API (so keys are checked before
 * activation); a provider with no integration yet gets one.
 */
export async function updatePlatformProvider(
  caller: Caller,
  organizationId: string,
  providerName: string,
  rawInput: unknown,
): Promise<void> {
  const provider = z.enum(PROVIDER_NAMES).safeParse(providerName);
  if (!provider.success) throw new AppError("NOT_FOUND", `Unknown provider "${providerName.slice(0, 40)}".`);
  const input = platformProviderUpdateSchema.parse(rawInput);
  const access = await authorizeOrganization(caller, organizationId, "integrations.write");
  const prisma = await getPrisma();
  const rows = await prisma.providerIntegration.findMany({
    where: { organizationId: access.organizationId, providerName: provider.data },
  });
  const current = currentIntegrations(rows).get(provider.data);

  const fields = {
    ...(input.api_key !== undefined ? { provider_api_key: input.api_key } : {}),
    ...(input.org_id !== undefined ? { provider_org_id: input.org_id } : {}),
    ...(input.project_id !== undefined ? { provider_project_id: input.project_id } : {}),
    ...(input.is_active !== undefined ? { is_active: input.is_active } : {}),
  };
  try {
    if (current) await updateIntegration(caller, organizationId, current.id, fields);
    else await createIntegration(caller, organizationId, { provider_name: provider.data, ...fields });
  } catch (error) {
    throw renamePlatformFields(error);
  }
}

function renamePlatformFields(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([name, message]) => [PLATFORM_FIELD_NAMES[name] ?? name, message]),
  );
  return new AppError(error.code, error.message, { fields, retryAfterSeconds: error.retryAfterSeconds, details: error.details });
}
