import type { ProviderIntegration } from "@/lib/generated/prisma/client";

/** The value every read returns in place of a stored key. */
export const ENCRYPTED_PLACEHOLDER = "[ENCRYPTED]";

/**
 * An integration as the HTTP API returns it: the object's own fields plus the
 * read-only validation status. The key is never in it, only whether one is stored.
 */
export type IntegrationApiView = {
  id: string;
  organization_id: string;
  provider_name: ProviderIntegration["providerName"];
  provider_org_id: string | null;
  provider_project_id: string | null;
  provider_api_key: typeof ENCRYPTED_PLACEHOLDER | null;
  is_active: boolean;
  created_at: string;
  updated_at: string;
  last_validated_at: string | null;
  validation_status: ProviderIntegration["validationStatus"];
};

/**
 * ISO 8601 UTC, like 2025-01-10T09:00:00Z. Milliseconds are kept when present,
 * because updated_at guards against lost updates and two writes can share a second.
 */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}

export function toIntegrationApiView(row: ProviderIntegration): IntegrationApiView {
  return {
    id: row.id,
    organization_id: row.organizationId,
    provider_name: row.providerName,
    provider_org_id: row.providerOrgId,
    provider_project_id: row.providerProjectId,
    provider_api_key: row.keyCiphertext ? ENCRYPTED_PLACEHOLDER : null,
    is_active: row.isActive,
    created_at: isoUtc(row.createdAt),
    updated_at: isoUtc(row.updatedAt),
    last_validated_at: row.lastValidatedAt ? isoUtc(row.lastValidatedAt) : null,
    validation_status: row.validationStatus,
  };
}
