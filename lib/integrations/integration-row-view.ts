import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { isoUtc } from "@/lib/integrations/integration-view";

/**
 * An integration as the console's pages and client components receive it.
 * It says whether a key is stored and shows its non-secret hint; neither the
 * key nor its ciphertext is ever part of it.
 */
export type IntegrationRowView = {
  id: string;
  organizationId: string;
  providerName: ProviderIntegration["providerName"];
  providerOrgId: string | null;
  providerProjectId: string | null;
  hasKey: boolean;
  keyHint: string | null;
  isActive: boolean;
  validationStatus: ProviderIntegration["validationStatus"];
  validationMessage: string | null;
  lastValidatedAt: string | null;
  remainingCredits: number | null;
  createdAt: string;
  updatedAt: string;
};

export function toIntegrationRowView(row: ProviderIntegration): IntegrationRowView {
  return {
    id: row.id,
    organizationId: row.organizationId,
    providerName: row.providerName,
    providerOrgId: row.providerOrgId,
    providerProjectId: row.providerProjectId,
    hasKey: row.keyCiphertext !== null,
    keyHint: row.keyHint,
    isActive: row.isActive,
    validationStatus: row.validationStatus,
    validationMessage: row.validationMessage,
    lastValidatedAt: row.lastValidatedAt ? isoUtc(row.lastValidatedAt) : null,
    remainingCredits: row.remainingCredits === null ? null : Number(row.remainingCredits),
    createdAt: isoUtc(row.createdAt),
    updatedAt: isoUtc(row.updatedAt),
  };
}
