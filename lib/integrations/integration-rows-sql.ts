import "server-only";

import { Prisma, type ProviderIntegration } from "@/lib/generated/prisma/client";

/**
 * The integration list runs on every list request and every integrations page,
 * so it reads rows with plain SQL rather than through Prisma. Prisma 6 compiles
 * each query in WebAssembly on every call, which cost more CPU than the query
 * itself (docs/benchmarks.md has the profile). This module keeps the column
 * list and the mapping to Prisma's row type in one place.
 */
export const INTEGRATION_COLUMNS_SQL = `
  id, organization_id, provider_name, provider_org_id, provider_project_id,
  key_ciphertext, key_nonce, key_id, key_hint, is_active,
  validation_status, validation_message, last_validated_at, remaining_credits,
  creation_request_id, created_at, updated_at`;

export type IntegrationSqlRow = {
  id: string;
  organization_id: string;
  provider_name: ProviderIntegration["providerName"];
  provider_org_id: string | null;
  provider_project_id: string | null;
  key_ciphertext: string | null;
  key_nonce: string | null;
  key_id: string | null;
  key_hint: string | null;
  is_active: boolean;
  validation_status: ProviderIntegration["validationStatus"];
  validation_message: string | null;
  last_validated_at: Date | null;
  // Both drivers return NUMERIC as a string, so no precision is lost on the way.
  remaining_credits: string | null;
  creation_request_id: string | null;
  created_at: Date;
  updated_at: Date;
};

/** The same object Prisma returns for the row, so callers cannot tell which path read it. */
export function integrationFromSqlRow(row: IntegrationSqlRow): ProviderIntegration {
  return {
    id: row.id,
    organizationId: row.organization_id,
    providerName: row.provider_name,
    providerOrgId: row.provider_org_id,
    providerProjectId: row.provider_project_id,
    keyCiphertext: row.key_ciphertext,
    keyNonce: row.key_nonce,
    keyId: row.key_id,
    keyHint: row.key_hint,
    isActive: row.is_active,
    validationStatus: row.validation_status,
    validationMessage: row.validation_message,
    lastValidatedAt: row.last_validated_at,
    remainingCredits: row.remaining_credits === null ? null : new Prisma.Decimal(row.remaining_credits),
    creationRequestId: row.creation_request_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
