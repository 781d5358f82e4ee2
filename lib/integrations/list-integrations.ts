import "server-only";

import { z } from "zod";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { getDatabase } from "@/lib/db/database";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { INTEGRATION_COLUMNS_SQL, integrationFromSqlRow, type IntegrationSqlRow } from "@/lib/integrations/integration-rows-sql";
import { PROVIDER_NAMES } from "@/lib/providers/types";

export const listIntegrationsQuerySchema = z
  .object({
    provider: z.enum(PROVIDER_NAMES, { error: `Must be one of: ${PROVIDER_NAMES.join(", ")}.` }).optional(),
    active: z
      .enum(["true", "false"], { error: 'Must be "true" or "false".' })
      .transform((value) => value === "true")
      .optional(),
  })
  .strict();

export type ListIntegrationsFilters = z.output<typeof listIntegrationsQuerySchema>;

// A null parameter switches its filter off, so one statement serves every
// combination of filters. The (organization_id, created_at) index serves it.
const LIST_INTEGRATIONS_SQL = `
  SELECT ${INTEGRATION_COLUMNS_SQL}
  FROM provider_integrations
  WHERE organization_id = $1
    AND ($2::"ProviderName" IS NULL OR provider_name = $2::"ProviderName")
    AND ($3::boolean IS NULL OR is_active = $3::boolean)
  ORDER BY created_at DESC, id DESC`;

/** The organization's integrations, newest first, optionally filtered by provider and active state. */
export async function listIntegrations(
  caller: Caller,
  organizationId: string,
  filters: ListIntegrationsFilters = {},
): Promise<ProviderIntegration[]> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.read");
  const database = await getDatabase();
  const rows = await database.sql.query<IntegrationSqlRow>(LIST_INTEGRATIONS_SQL, [
    access.organizationId,
    filters.provider ?? null,
    filters.active ?? null,
  ]);
  return rows.map(integrationFromSqlRow);
}
