import { describe, expect, test } from "vitest";

import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { allowedAuditDetails } from "@/lib/audit/audit-details";
import { describeAuditEvent } from "@/lib/audit/describe-audit-event";

const ADMIN = "admin@example.com";
const TOKEN = "API token sb_ab12cd3…";
const REJECTED_KEY = { provider: "openai", http_status: 401, error_code: "invalid_api_key", field: "provider_api_key" };

type Case = [action: string, outcome: "success" | "failure", actor: string, details: Record<string, unknown>, expected: string];

const CASES: Case[] = [
  ["sign_in.succeeded", "success", ADMIN, {}, "admin@example.com signed in"],
  [
    "sign_in.failed",
    "failure",
    ADMIN,
    { reason: "invalid_credentials" },
    "Sign-in failed for admin@example.com: incorrect email or password",
  ],
  [
    "sign_in.failed",
    "failure",
    ADMIN,
    { reason: "throttled", retry_after_seconds: 30 },
    "Sign-in for admin@example.com was blocked after too many failed attempts; retry allowed after 30 s",
  ],
  ["organization.created", "success", ADMIN, { name: "Acme Research" }, 'admin@example.com created the organization "Acme Research"'],
  [
    "integration.created",
    "success",
    TOKEN,
    { provider: "anthropic", key_hint: "sk-ant-…AbCd", is_active: true, validation_status: "accepted" },
    "API token sb_ab12cd3… created the Anthropic integration (key sk-ant-…AbCd)",
  ],
  [
    "integration.created",
    "success",
    ADMIN,
    { provider: "clipdrop", is_active: false, validation_status: "never_checked" },
    "admin@example.com created the ClipDrop integration, switched off",
  ],
  [
    "integration.created",
    "failure",
    ADMIN,
    REJECTED_KEY,
    "admin@example.com tried to create the OpenAI integration; OpenAI rejected the key: invalid_api_key",
  ],
  ["integration.updated", "success", ADMIN, { provider: "openai" }, "admin@example.com updated the OpenAI integration"],
  [
    "integration.updated",
    "failure",
    ADMIN,
    { provider: "openai", reason: "the integration changed since it was read" },
    "admin@example.com tried to update the OpenAI integration; the integration changed since it was read",
  ],
  [
    "integration.activated",
    "success",
    ADMIN,
    { provider: "openai", key_hint: "sk-proj…AbCd" },
    "admin@example.com switched on the OpenAI integration (key sk-proj…AbCd)",
  ],
  [
    "integration.activated",
    "success",
    ADMIN,
    { provider: "openai", previous_integration_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a" },
    "admin@example.com switched on the OpenAI integration, switching off the one that was active",
  ],
  [
    "integration.activated",
    "failure",
    ADMIN,
    REJECTED_KEY,
    "admin@example.com tried to switch on the OpenAI integration; OpenAI rejected the key: invalid_api_key",
  ],
  ["integration.deactivated", "success", ADMIN, { provider: "openai" }, "admin@example.com switched off the OpenAI integration"],
  [
    "integration.deactivated",
    "success",
    ADMIN,
    { provider: "openai", key_hint: "sk-proj…WxYz", replaced_by_integration_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a" },
    "admin@example.com switched off the OpenAI integration (key sk-proj…WxYz) because another one was switched on",
  ],
  [
    "integration.key_replaced",
    "success",
    ADMIN,
    { provider: "openai", previous_key_hint: "sk-proj…WxYz", key_hint: "sk-proj…AbCd" },
    "admin@example.com replaced the key sk-proj…WxYz of the OpenAI integration with sk-proj…AbCd",
  ],
  [
    "integration.key_replaced",
    "failure",
    ADMIN,
    REJECTED_KEY,
    "admin@example.com tried to replace the key of the OpenAI integration; OpenAI rejected the key: invalid_api_key",
  ],
  [
    "integration.deleted",
    "success",
    TOKEN,
    { provider: "clipdrop", key_hint: "…9f3a", was_active: false },
    "API token sb_ab12cd3… deleted the ClipDrop integration (key …9f3a)",
  ],
  [
    "integration.validated",
    "success",
    ADMIN,
    { provider: "openai", key_hint: "sk-proj…AbCd", result: "accepted" },
    "admin@example.com checked the key of the OpenAI integration (key sk-proj…AbCd); OpenAI accepted it",
  ],
  [
    "integration.validated",
    "success",
    ADMIN,
    { provider: "openai", result: "accepted_with_warning", warning: "OpenAI reports no quota left" },
    "admin@example.com checked the key of the OpenAI integration; OpenAI accepted it with a warning: OpenAI reports no quota left",
  ],
  [
    "integration.validation_failed",
    "failure",
    ADMIN,
    { ...REJECTED_KEY, purpose: "activate", key_hint: "sk-proj…AbCd", reason: "invalid API key" },
    "admin@example.com tried to switch on the OpenAI integration (key sk-proj…AbCd); OpenAI rejected the key: invalid_api_key",
  ],
  [
    "integration.validation_failed",
    "failure",
    ADMIN,
    { provider: "clipdrop", purpose: "create", http_status: 401, error_code: null, field: "provider_api_key", reason: "invalid or revoked API key" },
    "admin@example.com tried to create the ClipDrop integration; ClipDrop rejected the key: invalid or revoked API key",
  ],
  [
    "integration.validation_failed",
    "failure",
    ADMIN,
    { provider: "openai", purpose: "replace_key", http_status: 401, error_code: "mismatched_organization", field: "provider_org_id" },
    "admin@example.com tried to replace the key of the OpenAI integration; OpenAI rejected the organization id: mismatched_organization",
  ],
  [
    "integration.validation_failed",
    "failure",
    ADMIN,
    { provider: "anthropic", purpose: "check", http_status: 401, error_code: "authentication_error", field: "provider_api_key" },
    "admin@example.com checked the key of the Anthropic integration; Anthropic rejected the key: authentication_error",
  ],
  [
    "integration.validation_unavailable",
    "failure",
    ADMIN,
    { provider: "openai", purpose: "check", http_status: null, error_code: null, reason: "timed out after 10 s" },
    "admin@example.com tried to check the key of the OpenAI integration; the check failed: timed out after 10 s",
  ],
  [
    "integration.validation_unavailable",
    "failure",
    ADMIN,
    { provider: "openai", purpose: "activate", http_status: 500, error_code: "server_error", reason: "OpenAI failed with HTTP 500" },
    "admin@example.com tried to switch on the OpenAI integration; the check failed: OpenAI failed with HTTP 500 (server_error)",
  ],
  [
    "integration.validation_unavailable",
    "failure",
    ADMIN,
    { provider: "anthropic", http_status: 529 },
    "admin@example.com tried to check the key of the Anthropic integration; Anthropic answered HTTP 529",
  ],
  [
    "integration.decrypt_failed",
    "failure",
    TOKEN,
    { provider: "anthropic", key_hint: "sk-ant-…AbCd", master_key_id: "k2024", reason: "unknown_master_key" },
    "Switchboard could not decrypt the stored key of the Anthropic integration (key sk-ant-…AbCd) for API token sb_ab12cd3…; its master key k2024 is not configured",
  ],
  [
    "integration.decrypt_failed",
    "failure",
    ADMIN,
    { provider: "openai", reason: "authentication_failed" },
    "Switchboard could not decrypt the stored key of the OpenAI integration for admin@example.com; the ciphertext failed its integrity check",
  ],
  [
    "member.invited",
    "success",
    ADMIN,
    { email: "new@example.com", role: "member", expires_at: "2025-03-08T00:00:00.000Z" },
    "admin@example.com invited new@example.com as member",
  ],
  [
    "member.joined",
    "success",
    "new@example.com",
    { invitation_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a", role: "member", new_account: true, already_member: false },
    "new@example.com joined the organization as member",
  ],
  [
    "member.joined",
    "success",
    "old@example.com",
    { role: "admin", new_account: false, already_member: true },
    "old@example.com accepted an invitation as admin but was already a member",
  ],
  [
    "member.role_changed",
    "success",
    ADMIN,
    { user_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a", email: "new@example.com", previous_role: "member", role: "admin" },
    "admin@example.com changed the role of new@example.com from member to admin",
  ],
  [
    "member.removed",
    "success",
    ADMIN,
    { email: "new@example.com", role: "member" },
    "admin@example.com removed new@example.com from the organization",
  ],
  [
    "member.removed",
    "failure",
    ADMIN,
    { email: "owner@example.com", reason: "the last owner cannot be removed" },
    "admin@example.com tried to remove owner@example.com from the organization; the last owner cannot be removed",
  ],
  [
    "invitation.revoked",
    "success",
    ADMIN,
    { email: "new@example.com", role: "admin" },
    "admin@example.com revoked the invitation of new@example.com",
  ],
  [
    "api_token.created",
    "success",
    ADMIN,
    { name: "CI deploys", role: "member", prefix: "sb_ab12cd3" },
    'admin@example.com created the API token "CI deploys" (sb_ab12cd3…) with the member role',
  ],
  [
    "api_token.revoked",
    "success",
    ADMIN,
    { name: "CI deploys", role: "member", prefix: "sb_ab12cd3" },
    'admin@example.com revoked the API token "CI deploys" (sb_ab12cd3…)',
  ],
];

describe("describeAuditEvent", () => {
  test.each(CASES)("%s %s: %#", (action, outcome, actorLabel, details, expected) => {
    expect(describeAuditEvent({ action, outcome, actorLabel, details })).toBe(expected);
  });

  test("the table covers every audit action", () => {
    const covered = new Set(CASES.map(([action]) => action));
    expect(AUDIT_ACTIONS.filter((action) => !covered.has(action))).toEqual([]);
  });

  describe.each(AUDIT_ACTIONS)("%s without details", (action) => {
    test.each(["success", "failure"])("%s reads as a sentence", (outcome) => {
      for (const details of [{}, null, [], "text", { provider: "mistral", http_status: "401", role: "superuser" }]) {
        const description = describeAuditEvent({ action, outcome, actorLabel: ADMIN, details });
        expect(description).toMatch(/^(admin@example\.com |Sign-in |Switchboard )/);
        expect(description).not.toMatch(/undefined|null|\[object|mistral|superuser|performed/);
      }
    });
  });

  test("unknown action falls back to its name", () => {
    expect(describeAuditEvent({ action: "billing.plan_changed", outcome: "success", actorLabel: ADMIN, details: {} })).toBe(
      "admin@example.com performed billing.plan_changed",
    );
    expect(describeAuditEvent({ action: "billing.refund", outcome: "failure", actorLabel: ADMIN, details: {} })).toBe(
      "admin@example.com tried billing.refund",
    );
  });

  test("odd action name is not printed", () => {
    const description = describeAuditEvent({ action: "<script>sk-abc</script>", outcome: "success", actorLabel: ADMIN, details: {} });
    expect(description).toBe("admin@example.com performed an unrecognized action");
  });

  test("an empty actor reads as anonymous", () => {
    expect(describeAuditEvent({ action: "organization.created", outcome: "success", actorLabel: "", details: {} })).toBe(
      "anonymous created the organization",
    );
  });
});

describe("audit details allow-list", () => {
  const openAiKey = "sk-proj-demoAbCdEfGhIjKlMnOpQrStT3BlbkFJuVwXyZaBcDeFgHiJkLmN";
  const apiToken = "sb_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

  const leakyDetails = {
    provider: "openai",
    provider_api_key: openAiKey,
    api_key: openAiKey,
    token: apiToken,
    password: "hunter2-password",
    provider_message: `Incorrect API key provided: ${openAiKey}`,
    reason: `Incorrect API key provided: ${openAiKey}`,
    warning: `Key ${openAiKey} has no quota`,
    key_hint: openAiKey,
    prefix: apiToken,
    name: apiToken,
    error_code: "invalid key provided: sk-proj",
    email: openAiKey,
    previous_key_hint: openAiKey,
    master_key_id: openAiKey,
  };

  test("unknown keys are dropped", () => {
    const allowed = allowedAuditDetails(leakyDetails);
    expect(Object.keys(allowed)).toEqual(["provider"]);
  });

  test.each(AUDIT_ACTIONS)("%s never prints a secret", (action) => {
    for (const outcome of ["success", "failure"]) {
      const description = describeAuditEvent({ action, outcome, actorLabel: ADMIN, details: leakyDetails });
      expect(description).not.toContain("sk-proj");
      expect(description).not.toContain(apiToken);
      expect(description).not.toContain("hunter2");
    }
  });

  test("allowed values pass through unchanged", () => {
    const details = {
      provider: "anthropic",
      key_hint: "sk-ant-…AbCd",
      previous_key_hint: "sk-ant-…WxYz",
      purpose: "activate",
      http_status: 401,
      error_code: "authentication_error",
      reason: "invalid API key",
      field: "provider_api_key",
      result: "accepted_with_warning",
      warning: "no credits left",
      is_active: true,
      was_active: false,
      validation_status: "rejected",
      previous_integration_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a",
      replaced_by_integration_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6b",
      master_key_id: "k2024",
      retry_after_seconds: 30,
      name: "CI deploys",
      email: "new@example.com",
      user_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6c",
      role: "admin",
      previous_role: "member",
      invitation_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6d",
      expires_at: "2025-03-08T00:00:00.000Z",
      new_account: true,
      already_member: false,
      prefix: "sb_ab12cd3",
    };
    expect(allowedAuditDetails(details)).toEqual(details);
  });

  test.each([
    ["http_status", "401"],
    ["http_status", 42],
    ["retry_after_seconds", -1],
    ["role", "superuser"],
    ["previous_integration_id", "not-a-uuid"],
    ["is_active", "true"],
    ["purpose", "exfiltrate"],
    ["expires_at", "next week"],
    ["field", "Provider Key"],
    ["reason", ""],
    ["reason", "x".repeat(201)],
  ])("%s rejects %j", (key, value) => {
    expect(allowedAuditDetails({ [key]: value })).toEqual({});
  });
});
