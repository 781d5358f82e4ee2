/** The TanStack Query key of an organization's integration list. */
export function integrationsQueryKey(organizationId: string) {
  return ["integrations", organizationId] as const;
}
