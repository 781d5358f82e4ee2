import "server-only";

import type { Role } from "@/lib/generated/prisma/enums";
import { PROVIDER_NAMES, type ProviderName } from "@/lib/providers/types";

/**
 * The details of an audit event that may be shown to members and returned by
 * the API. Every key is known to contain a non-secret fact; anything else an
 * event's details contain is dropped. A new detail key must be added here,
 * with a rule for its values, before it shows anywhere.
 */
export type AuditDetails = {
  provider?: ProviderName;
  /** The key's non-secret reminder, such as "sk-…AbCd". */
  key_hint?: string;
  /** The hint of the key that a replacement overwrote. */
  previous_key_hint?: string;
  /** The change a credential check guarded, or "check" for a check on request. */
  purpose?: "create" | "activate" | "replace_key" | "check";
  /** The provider's HTTP status during a credential check. */
  http_status?: number;
  /** The provider's error code or type, such as "invalid_api_key". */
  error_code?: string;
  /** A short explanation for people, written by Switchboard, never the provider's own message. */
  reason?: string;
  /** The integration field the provider blamed, such as "provider_org_id". */
  field?: string;
  /** The result of an accepted credential check. */
  result?: "accepted" | "accepted_with_warning";
  /** A sentence about a credential that was accepted with a problem, such as no quota left. */
  warning?: string;
  is_active?: boolean;
  was_active?: boolean;
  validation_status?: string;
  /** The integration that was switched off because this one was switched on. */
  previous_integration_id?: string;
  /** The integration whose switching on switched this one off. */
  replaced_by_integration_id?: string;
  /** The id of the master key (not the key) that encrypted a stored provider key. */
  master_key_id?: string;
  retry_after_seconds?: number;
  /** The organization's name, or an API token's name. */
  name?: string;
  /** The email of an invited, changed or removed member. */
  email?: string;
  user_id?: string;
  role?: Role;
  previous_role?: Role;
  invitation_id?: string;
  /** ISO 8601 time when an invitation expires. */
  expires_at?: string;
  new_account?: boolean;
  already_member?: boolean;
  /** The first characters of an API token, as the token list shows them. */
  prefix?: string;
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

function isBoolean(value: unknown): boolean {
  return typeof value === "boolean";
}

function isUuid(value: unknown): boolean {
  return typeof value === "string" && UUID_PATTERN.test(value);
}

function isInteger(min: number, max: number) {
  return (value: unknown): boolean => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

const DETAIL_RULES: DetailRules = {
  provider: isOneOf(PROVIDER_NAMES),
  // keyHint() returns at most 7 prefix characters, "…" and 4 more.
  key_hint: isText(16),
  previous_key_hint: isText(16),
  purpose: isOneOf(["create", "activate", "replace_key", "check"]),
  http_status: isInteger(100, 599),
  error_code: isText(64, /^[A-Za-z0-9_.:-]+$/),
  reason: isText(200),
  field: isText(40, /^[a-z_]+$/),
  result: isOneOf(["accepted", "accepted_with_warning"]),
  warning: isText(300),
  is_active: isBoolean,
  was_active: isBoolean,
  validation_status: isText(40, /^[a-z_]+$/),
  previous_integration_id: isUuid,
  replaced_by_integration_id: isUuid,
  master_key_id: isText(64, /^[A-Za-z0-9_.-]+$/),
  retry_after_seconds: isInteger(0, 86_400),
  name: isText(100),
  email: isText(254, /^[^\s@]+@[^\s@]+$/),
  user_id: isUuid,
  role: isOneOf(ROLES),
  previous_role: isOneOf(ROLES),
  invitation_id: isUuid,
  expires_at: isText(40, /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/),
  new_account: isBoolean,
  already_member: isBoolean,
  // Token prefixes are "sb_" and 7 more characters; a longer value could be a whole token.
  prefix: isText(12, /^sb_[A-Za-z0-9_-]*$/),
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
