import { z } from "zod";

import { auditEventsQuerySchema } from "@/lib/audit/audit-events-query";
import { platformProvidersQuerySchema, platformProviderUpdateSchema } from "@/lib/compat/platform-providers";
import type { Permission } from "@/lib/access/permissions";
import type { ErrorCode } from "@/lib/errors";
import { createIntegrationSchema, updateIntegrationSchema } from "@/lib/integrations/integration-input";
import { listIntegrationsQuerySchema } from "@/lib/integrations/list-integrations";
import {
  auditEventListSchema,
  checkResultSchema,
  integrationListSchema,
  integrationSchema,
  organizationListSchema,
  platformProviderListSchema,
  platformSuccessSchema,
  resolvedRouteSchema,
  routingTableSchema,
} from "@/lib/openapi/response-schemas";

/** One documented operation: its request schemas are the ones the handler validates with. */
export type ApiEndpoint = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodType;
  body?: z.ZodType;
  headers?: { name: string; description: string }[];
  /** Success status → body schema (null for no body). */
  success: Record<number, z.ZodType | null>;
  errors: ErrorCode[];
  /** The permission the caller's role needs (lib/access/permissions.ts); absent when any authenticated caller may call it. */
  permission?: Permission;
  /** Documented without authentication. */
  public?: boolean;
};

const organization = "/api/v1/organizations/{organizationId}";
const integration = `${organization}/provider-integrations/{integrationId}`;
const readErrors: ErrorCode[] = ["AUTHENTICATION_REQUIRED", "NOT_FOUND", "VALIDATION_FAILED", "INTERNAL_ERROR"];
const writeErrors: ErrorCode[] = [...readErrors, "FORBIDDEN", "PAYLOAD_TOO_LARGE", "CONFLICT", "RATE_LIMITED"];
const checkErrors: ErrorCode[] = [...writeErrors, "CREDENTIAL_REJECTED", "PROVIDER_UNAVAILABLE"];

export const API_ENDPOINTS: ApiEndpoint[] = [
  {
    method: "get",
    path: "/api/v1/organizations",
    operationId: "listOrganizations",
    tag: "Organizations",
    summary: "List the caller's organizations",
    description: "The caller's organizations with the caller's role in each. A token sees its one organization.",
    success: { 200: organizationListSchema },
    errors: ["AUTHENTICATION_REQUIRED", "INTERNAL_ERROR"],
  },
  {
    method: "get",
    path: `${organization}/provider-integrations`,
    operationId: "listIntegrations",
    permission: "integrations.read",
    tag: "Integrations",
    summary: "List integrations",
    description: "Newest first. provider_api_key is \"[ENCRYPTED]\" or null, never the key.",
    query: listIntegrationsQuerySchema,
    success: { 200: integrationListSchema },
    errors: readErrors,
  },
  {
    method: "post",
    path: `${organization}/provider-integrations`,
    operationId: "createIntegration",
    permission: "integrations.write",
    tag: "Integrations",
    summary: "Create an integration",
    description:
      "An active integration (the default) is created only after its provider accepts the credential. replace_active switches the provider's current active integration off in the same transaction.",
    body: createIntegrationSchema,
    headers: [
      { name: "Idempotency-Key", description: "A client id for this request; repeating it returns the first request's integration with 200." },
    ],
    success: { 201: integrationSchema, 200: integrationSchema },
    errors: checkErrors,
  },
  {
    method: "get",
    path: integration,
    operationId: "getIntegration",
    permission: "integrations.read",
    tag: "Integrations",
    summary: "Read one integration",
    success: { 200: integrationSchema },
    errors: readErrors,
  },
  {
    method: "patch",
    path: integration,
    operationId: "updateIntegration",
    permission: "integrations.write",
    tag: "Integrations",
    summary: "Change an integration",
    description:
      "Switching on, or changing the key or ids of an active integration, checks the credential first; a rejected one changes nothing. An empty or null provider_api_key keeps the stored key. A stale updated_at or If-Unmodified-Since answers 409.",
    body: updateIntegrationSchema,
    headers: [{ name: "If-Unmodified-Since", description: "An HTTP date; the update is refused with 409 if the integration changed after it." }],
    success: { 200: integrationSchema },
    errors: checkErrors,
  },
  {
    method: "delete",
    path: integration,
    operationId: "deleteIntegration",
    permission: "integrations.write",
    tag: "Integrations",
    summary: "Delete an integration",
    description: "The stored key is destroyed with the row; the audit trail stays.",
    success: { 204: null },
    errors: ["AUTHENTICATION_REQUIRED", "FORBIDDEN", "NOT_FOUND", "INTERNAL_ERROR"],
  },
  {
    method: "post",
    path: `${integration}/validate`,
    operationId: "validateIntegration",
    permission: "integrations.write",
    tag: "Integrations",
    summary: "Check the stored credential now",
    description: "Asks the provider now and records the result; changes nothing else.",
    success: { 200: checkResultSchema },
    errors: ["AUTHENTICATION_REQUIRED", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "RATE_LIMITED", "INTERNAL_ERROR"],
  },
  {
    method: "get",
    path: `${organization}/routes`,
    operationId: "listRoutes",
    permission: "routing.read",
    tag: "Routing",
    summary: "The routing table",
    description: "Every catalog model with its provider, the integration that serves it or null, and a status.",
    success: { 200: routingTableSchema },
    errors: readErrors,
  },
  {
    method: "get",
    path: `${organization}/routes/{model}`,
    operationId: "resolveRoute",
    permission: "routing.read",
    tag: "Routing",
    summary: "Resolve one model",
    description:
      "The provider and integration that serve the model, how the id matched, and the upstream id. A miss is 404 with MODEL_NOT_FOUND, PROVIDER_NOT_CONFIGURED or PROVIDER_INACTIVE.",
    success: { 200: resolvedRouteSchema },
    errors: [...readErrors, "MODEL_NOT_FOUND", "PROVIDER_NOT_CONFIGURED", "PROVIDER_INACTIVE"],
  },
  {
    method: "get",
    path: `${organization}/audit-events`,
    operationId: "listAuditEvents",
    permission: "audit.read",
    tag: "Audit",
    summary: "List audit events",
    description: "Newest first, cursor-paginated with next_cursor.",
    query: auditEventsQuerySchema,
    success: { 200: auditEventListSchema },
    errors: readErrors,
  },
  {
    method: "get",
    path: `${organization}/providers`,
    operationId: "listPlatformProviders",
    permission: "integrations.read",
    tag: "Platform compatibility",
    summary: "Providers, as the Aitronos platform lists them",
    description: "One entry per provider with an integration: its active one, else the one changed last.",
    query: platformProvidersQuerySchema,
    success: { 200: platformProviderListSchema },
    errors: readErrors,
  },
  {
    method: "patch",
    path: `${organization}/providers/{providerName}`,
    operationId: "updatePlatformProvider",
    permission: "integrations.write",
    tag: "Platform compatibility",
    summary: "Update a provider, as the Aitronos platform does",
    body: platformProviderUpdateSchema,
    success: { 200: platformSuccessSchema },
    errors: checkErrors,
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This document",
    success: { 200: z.object({ openapi: z.string() }).passthrough() },
    errors: [],
    public: true,
  },
];
