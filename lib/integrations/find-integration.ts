import "server-only";

import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { Prisma, ProviderIntegration } from "@/lib/generated/prisma/client";

/**
 * Loads an integration by its id together with its organization: an id is
 * never looked up alone, so another organization's id is simply not found.
 */
export async function findIntegration(
  organizationId: string,
  integrationId: string,
  client?: Prisma.TransactionClient,
): Promise<ProviderIntegration> {
  const prisma = client ?? (await getPrisma());
  const row =
    typeof integrationId === "string" && integrationId.length <= 64
      ? await prisma.providerIntegration.findFirst({ where: { id: integrationId, organizationId } })
      : null;
  if (!row) throw new AppError("NOT_FOUND", "Integration not found.");
  return row;
}

/** The active integration of a provider other than `exceptId`, if any. */
export async function findOtherActiveIntegration(
  organizationId: string,
  providerName: ProviderIntegration["providerName"],
  exceptId: string,
  client?: Prisma.TransactionClient,
): Promise<ProviderIntegration | null> {
  const prisma = client ?? (await getPrisma());
  return prisma.providerIntegration.findFirst({
    where: { organizationId, providerName, isActive: true, id: { not: exceptId } },
  });
}
