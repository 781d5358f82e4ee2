import "server-only";

import { z } from "zod";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { getPrisma } from "@/lib/db/database";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
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

/** The organization's integrations, newest first, optionally filtered by provider and active state. */
export async function listIntegrations(
  caller: Caller,
  organizationId: string,
  filters: ListIntegrationsFilters = {},
): Promise<ProviderIntegration[]> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.read");
  const prisma = await getPrisma();
  return prisma.providerIntegration.findMany({
    where: {
      organizationId: access.organizationId,
      ...(filters.provider ? { providerName: filters.provider } : {}),
      ...(filters.active !== undefined ? { isActive: filters.active } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
