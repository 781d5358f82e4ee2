import { z } from "zod";

import { PROVIDER_FIELD_RULES, PROVIDER_LABELS } from "@/lib/providers/provider-fields";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";

/** Longer than any real provider key (Anthropic's are 108 characters); anything longer is a mistake. */
export const MAX_API_KEY_LENGTH = 512;
export const MAX_PROVIDER_ID_LENGTH = 128;

/**
 * An API key: surrounding whitespace (a pasted trailing newline) is trimmed,
 * and whitespace or control characters inside are rejected, because they can
 * only be copy mistakes and would break the provider request.
 */
const apiKeySchema = z
  .string({ error: "Must be a string." })
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .max(MAX_API_KEY_LENGTH, `Must be at most ${MAX_API_KEY_LENGTH} characters.`)
      .regex(/^[\x21-\x7E]*$/, "Must not contain spaces, line breaks or other control characters."),
  );

/** A provider organization or project id; an empty string means none. */
const providerIdSchema = z
  .union([z.string({ error: "Must be a string or null." }), z.null()], { error: "Must be a string or null." })
  .transform((value) => (value === null ? null : value.trim() || null))
  .pipe(
    z
      .string()
      .max(MAX_PROVIDER_ID_LENGTH, `Must be at most ${MAX_PROVIDER_ID_LENGTH} characters.`)
      .regex(/^[A-Za-z0-9._:-]+$/, "Use letters, digits, '.', '_', ':' or '-' only.")
      .nullable(),
  );

const providerNameSchema = z.enum(PROVIDER_NAMES, { error: `Must be one of: ${PROVIDER_NAMES.join(", ")}.` });
const booleanSchema = z.boolean({ error: "Must be true or false." });

/** The integration fields after merging a request with what is stored, checked against the provider's rules. */
export type IntegrationFields = {
  providerName: ProviderName;
  apiKey: string | null;
  providerOrgId: string | null;
  providerProjectId: string | null;
};

/**
 * Field errors for fields the provider does not take. `keyRequired` is false
 * when a key is already stored and the request leaves it unchanged.
 */
export function providerFieldErrors(fields: IntegrationFields, keyRequired: boolean): Record<string, string> {
  const rules = PROVIDER_FIELD_RULES[fields.providerName];
  const label = PROVIDER_LABELS[fields.providerName];
  const errors: Record<string, string> = {};
  if (!rules.apiKey && fields.apiKey) errors.provider_api_key = `${label} takes no API key.`;
  if (rules.apiKey && keyRequired && !fields.apiKey) errors.provider_api_key = "Enter the API key.";
  if (!rules.orgId && fields.providerOrgId) errors.provider_org_id = `${label} takes no organization id.`;
  if (!rules.projectId && fields.providerProjectId) errors.provider_project_id = `${label} takes no project id.`;
  return errors;
}

export const createIntegrationSchema = z
  .object({
    provider_name: providerNameSchema,
    provider_api_key: apiKeySchema.nullable().optional(),
    provider_org_id: providerIdSchema.optional(),
    provider_project_id: providerIdSchema.optional(),
    is_active: booleanSchema.default(true),
    replace_active: booleanSchema.default(false),
  })
  .strict();

export type CreateIntegrationInput = z.input<typeof createIntegrationSchema>;

export const updateIntegrationSchema = z
  .object({
    provider_name: providerNameSchema.optional(),
    // Null or empty keeps the stored key: forms are write-only and start empty.
    provider_api_key: apiKeySchema.nullable().optional(),
    provider_org_id: providerIdSchema.optional(),
    provider_project_id: providerIdSchema.optional(),
    is_active: booleanSchema.optional(),
    replace_active: booleanSchema.optional(),
    updated_at: z.iso.datetime({ error: "Must be the ISO 8601 time the integration was read at.", offset: true }).optional(),
  })
  .strict();

export type UpdateIntegrationInput = z.input<typeof updateIntegrationSchema>;

/** A client's id for a create request, so a repeated submission creates one row. */
export const creationRequestIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, "Must be 8 to 100 letters, digits, '_' or '-'.");
