import "server-only";

import type { Role } from "@/lib/generated/prisma/enums";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";

/**
 * The details of an audit event that may be shown to members and returned by
 * the API. Every key is known to hold a non-secret fact; anything else an
 * event's details contain is dropped. A new detail key must be added here,
 * with a rule for its values, before it shows anywhere.
 */
export type AuditDetails = {
  provider?: ProviderName;
  /** The stored key's non-secret reminder, such as "sk-…AbCd". */
  key_hint?: string;
  /** The provider's HTTP status during a credential check. */
  http_status?: number;
  /** The provider's error code or type, such as "invalid_api_key". */
  error_code?: string;
  /** A short explanation for people, written by Switchboard, never the provider's message. */
  reason?: string;
  /** The integration field the provider blamed, such as "provider_org_id". */
  field?: string;
  /** The integration that was switched off when this one replaced it. */
  previous_integration_id?: string;
  /** A sentence about a credential that was accepted with a problem, such as no quota left. */
  warning?: string;
  retry_after_seconds?: number;
  /** The email of an invited, changed or removed member. */
  email?: string;
  role?: Role;
  previous_role?: Role;
  /** The first characters of an API token, as its list shows them. */
  token_prefix?: string;
  token_name?: string;
  is_active?: boolean;
  validation_status?: string;
  remaining_credits?: number;
  /** Comma-separated names of the fields an update changed. */
  changed_fields?: string;
};

type DetailRules = { [Key in keyof AuditDetails]-?: (value: unknown) => boolean };

const ROLES: readonly string[] = ["owner", "admin", "member"];
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Provider keys and API tokens are runs of 40 or more letters, digits, "-" and
// "_" (OpenAI, Anthropic and ClipDrop keys, and sb_ tokens, all are). This is a
// second line of defence for free-text values; the allow-list is the first.
const CREDENTIAL_LIKE_PATTERN = /[A-Za-z0-9_-]{40,}/;

function isText(maxLength: number, pattern?: RegExp) {
  return (value: unknown): boolean =>
    typeof value === "string" &&
    value.length > 0 &&
    value.length <= maxLength &&
    !CREDENTIAL_LIKE_PATTERN.test(value) &&
    (pattern ? pattern.test(value) : true);
}

function isOneOf(allowed: readonly string[]) {
  return (value: unknown): boolean => typeof value === "string" && allowed.includes(value);
}

function isInteger(min: number, max: number) {
  return (value: unknown): boolean => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

const DETAIL_RULES: DetailRules = {
  provider: isOneOf(PROVIDER_NAMES),
  // keyHint() returns at most 7 prefix characters, "…" and 4 more.
  key_hint: isText(16),
  http_status: isInteger(100, 599),
  error_code: isText(64, /^[A-Za-z0-9_.:-]+$/),
  reason: isText(200),
  field: isText(40, /^[a-z_]+$/),
  previous_integration_id: (value) => typeof value === "string" && UUID_PATTERN.test(value),
  warning: isText(300),
  retry_after_seconds: isInteger(0, 86_400),
  email: isText(254, /^[^\s@]+@[^\s@]+$/),
  role: isOneOf(ROLES),
  previous_role: isOneOf(ROLES),
  // Token prefixes are "sb_" and 7 more characters; a longer value could be a whole token.
  token_prefix: isText(12, /^sb_[A-Za-z0-9_-]*$/),
  token_name: isText(100),
  is_active: (value) => typeof value === "boolean",
  validation_status: isText(40, /^[a-z_]+$/),
  remaining_credits: (value) => typeof value === "number" && Number.isFinite(value),
  changed_fields: isText(200, /^[a-z_, ]+$/),
};

/** Returns the allow-listed facts of a stored details value; unknown keys and values that break their key's rule are dropped. */
export function allowedAuditDetails(details: unknown): AuditDetails {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return {};

  const allowed: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(DETAIL_RULES)) {
    const value = (details as Record<string, unknown>)[key];
    if (value !== undefined && rule(value)) allowed[key] = value;
  }
  return allowed as AuditDetails;
}
