import type { ProviderName } from "@/lib/providers/types";

export function integrationsPath(organizationId: string): string {
  return `/organizations/${organizationId}/integrations`;
}

export function integrationPath(organizationId: string, integrationId: string): string {
  return `${integrationsPath(organizationId)}/${encodeURIComponent(integrationId)}`;
}

export function newIntegrationPath(organizationId: string, provider: ProviderName): string {
  return `${integrationsPath(organizationId)}/new?provider=${provider}`;
}
