import { z } from "zod";

import { ERROR_STATUS } from "@/lib/errors";
import { ENCRYPTED_PLACEHOLDER } from "@/lib/integrations/integration-view";
import { PROVIDER_NAMES } from "@/lib/providers/types";

// The shapes of the API's responses, for the OpenAPI document. Each mirrors a
// view type the handlers return (lib/*/…-view.ts); tests compare real answers
// with these schemas so the two cannot drift apart.

const providerName = z.enum(PROVIDER_NAMES);
const timestamp = z.string().meta({ format: "date-time", examples: ["2025-01-10T09:00:00Z"] });

export const errorBodySchema = z
  .object({
    success: z.literal(false),
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "One message per invalid field." }),
    }).catchall(z.unknown()),
  })
  ;

export const integrationSchema = z
  .object({
    id: z.string(),
    organization_id: z.string().meta({ examples: ["ORG_A1B2C3D4E5F6G7H8"] }),
    provider_name: providerName,
    provider_org_id: z.string().nullable(),
    provider_project_id: z.string().nullable(),
    provider_api_key: z
      .literal(ENCRYPTED_PLACEHOLDER)
      .nullable()
      .meta({ description: 'Write-only: "[ENCRYPTED]" when a key is stored, null when none is.' }),
    is_active: z.boolean(),
    created_at: timestamp,
    updated_at: timestamp,
    last_validated_at: timestamp.nullable(),
    validation_status: z.enum([
      "never_checked",
      "not_required",
      "accepted",
      "accepted_with_warning",
      "rejected",
      "unavailable",
      "undecryptable",
    ]),
  })
  .strict()
  ;

export const integrationListSchema = z.object({ data: z.array(integrationSchema) }).strict();

export const checkResultSchema = z
  .object({
    data: integrationSchema,
    check: z.object({
      outcome: z.enum(["not_required", "accepted", "accepted_with_warning", "rejected", "unavailable"]),
      message: z.string().nullable(),
      field: z.string().optional(),
      remaining_credits: z.number().optional(),
    }),
  })
  .strict();

export const organizationListSchema = z
  .object({
    data: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(["owner", "admin", "member"]) })),
  })
  .strict();

const routeMatch = z.object({
  rule: z.enum(["exact", "dated_snapshot", "latest_alias", "named_alias", "pattern"]),
  family: z.string(),
});

export const resolvedRouteSchema = z
  .object({
    model: z.string().meta({ description: "The requested id exactly as sent." }),
    provider_name: providerName,
    integration_id: z.string(),
    upstream_id: z.string().meta({ description: "The id to send the provider." }),
    match: routeMatch,
  })
  .strict()
  ;

export const routingTableSchema = z
  .object({
    data: z.array(
      z.object({
        model: z.string(),
        provider_name: providerName,
        kind: z.enum(["chat", "image", "image_operation"]),
        status: z.enum(["routable", "provider_inactive", "provider_not_configured"]),
        integration_id: z.string().nullable(),
        upstream_id: z.string().nullable(),
      }),
    ),
  })
  .strict();

export const auditEventListSchema = z
  .object({
    data: z.array(
      z.object({
        id: z.string(),
        action: z.string(),
        outcome: z.enum(["success", "failure"]),
        actor: z.object({ label: z.string(), user_id: z.string().nullable() }),
        target: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
        details: z.record(z.string(), z.unknown()),
        ip: z.string().nullable(),
        user_agent: z.string().nullable(),
        created_at: timestamp,
        description: z.string(),
      }),
    ),
    next_cursor: z.string().nullable(),
  })
  .strict();

export const platformProviderListSchema = z
  .array(
    z.object({
      provider_name: providerName,
      is_active: z.boolean(),
      has_credentials: z.boolean(),
      provider_org_id: z.string().nullable(),
      provider_project_id: z.string().nullable(),
      created_at: timestamp,
      updated_at: timestamp,
    }),
  )
  ;

export const platformSuccessSchema = z.object({ success: z.literal(true), message: z.string() }).strict();
