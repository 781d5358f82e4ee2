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
    "Sign-in for admin@example.com was refused after too many failed attempts; retry allowed after 30 s",
  ],
  ["organization.created", "success", ADMIN, {}, "admin@example.com created the organization"],
  ["integration.created", "success", TOKEN, { provider: "anthropic" }, "API token sb_ab12cd3… created the Anthropic integration"],
  [
    "integration.created",
    "success",
    ADMIN,
    { provider: "clipdrop", is_active: false },
    "admin@example.com created the ClipDrop integration, switched off",
  ],
  [
    "integration.created",
    "failure",
    ADMIN,
    REJECTED_KEY,
    "admin@example.com tried to create the OpenAI integration; OpenAI rejected the key: invalid_api_key",
  ],
  [
    "integration.updated",
    "success",
    ADMIN,
    { provider: "openai", changed_fields: "provider_org_id" },
    "admin@example.com updated the OpenAI integration (provider_org_id)",
  ],
  [
    "integration.updated",
    "failure",
    ADMIN,
    { provider: "openai", http_status: 401, error_code: "mismatched_organization", field: "provider_org_id" },
    "admin@example.com tried to update the OpenAI integration; OpenAI rejected the organization id: mismatched_organization",
  ],
  ["integration.activated", "success", ADMIN, { provider: "openai" }, "admin@example.com switched on the OpenAI integration"],
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
  [
    "integration.activated",
    "failure",
    ADMIN,
    { provider: "anthropic", http_status: 503, error_code: "overloaded_error" },
    "admin@example.com tried to switch on the Anthropic integration; Anthropic answered HTTP 503: overloaded_error",
  ],
  [
    "integration.activated",
    "failure",
    ADMIN,
    { provider: "openai", reason: "another OpenAI integration is already active" },
    "admin@example.com tried to switch on the OpenAI integration; another OpenAI integration is already active",
  ],
  ["integration.deactivated", "success", ADMIN, { provider: "openai" }, "admin@example.com switched off the OpenAI integration"],
  [
    "integration.key_replaced",
    "success",
    ADMIN,
    { provider: "openai", key_hint: "sk-…AbCd" },
    "admin@example.com replaced the key of the OpenAI integration with sk-…AbCd",
  ],
  [
    "integration.key_replaced",
    "failure",
    ADMIN,
    REJECTED_KEY,
    "admin@example.com tried to replace the key of the OpenAI integration; OpenAI rejected the key: invalid_api_key",
  ],
  ["integration.deleted", "success", TOKEN, { provider: "clipdrop" }, "API token sb_ab12cd3… deleted the ClipDrop integration"],
  [
    "integration.validated",
    "success",
    ADMIN,
    { provider: "openai", http_status: 200 },
    "admin@example.com checked the key of the OpenAI integration; OpenAI accepted it",
  ],
  [
    "integration.validated",
    "success",
    ADMIN,
    { provider: "openai", http_status: 429, error_code: "insufficient_quota", warning: "OpenAI reports no quota left" },
    "admin@example.com checked the key of the OpenAI integration; OpenAI accepted it with a warning: OpenAI reports no quota left",
  ],
  [
    "integration.validation_failed",
    "failure",
    ADMIN,
    { provider: "anthropic", http_status: 401, error_code: "authentication_error" },
    "admin@example.com checked the key of the Anthropic integration; Anthropic rejected the key: authentication_error",
  ],
  [
    "integration.validation_unavailable",
    "failure",
    ADMIN,
    { provider: "openai", reason: "timed out" },
    "admin@example.com tried to check the key of the OpenAI integration; OpenAI could not be reached: timed out",
  ],
  [
    "integration.validation_unavailable",
    "failure",
    ADMIN,
    { provider: "openai", http_status: 500, error_code: "server_error" },
    "admin@example.com tried to check the key of the OpenAI integration; OpenAI answered HTTP 500: server_error",
  ],
  [
    "integration.decrypt_failed",
    "failure",
    TOKEN,
    { provider: "anthropic" },
    "Switchboard could not decrypt the stored key of the Anthropic integration for API token sb_ab12cd3…",
  ],
  [
    "member.invited",
    "success",
    ADMIN,
    { email: "new@example.com", role: "member" },
    "admin@example.com invited new@example.com as member",
  ],
  ["member.joined", "success", "new@example.com", { role: "member" }, "new@example.com joined the organization as member"],
  [
    "member.role_changed",
    "success",
    ADMIN,
    { email: "new@example.com", previous_role: "member", role: "admin" },
    "admin@example.com changed the role of new@example.com from member to admin",
  ],
  [
    "member.removed",
    "success",
    ADMIN,
    { email: "new@example.com" },
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
    { email: "new@example.com" },
    "admin@example.com revoked the invitation of new@example.com",
  ],
  [
    "api_token.created",
    "success",
    ADMIN,
    { token_prefix: "sb_ab12cd3", token_name: "CI deploys", role: "member" },
    'admin@example.com created the API token sb_ab12cd3… "CI deploys" with the member role',
  ],
  [
    "api_token.revoked",
    "success",
    ADMIN,
    { token_prefix: "sb_ab12cd3" },
    "admin@example.com revoked the API token sb_ab12cd3…",
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
    token_prefix: apiToken,
    token_name: apiToken,
    error_code: "invalid key provided: sk-proj",
    email: openAiKey,
    changed_fields: openAiKey,
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
      http_status: 401,
      error_code: "authentication_error",
      reason: "invalid API key",
      field: "provider_api_key",
      previous_integration_id: "0195f0a4-7c4e-7d2a-9a43-1f2e3d4c5b6a",
      warning: "no credits left",
      retry_after_seconds: 30,
      email: "new@example.com",
      role: "admin",
      previous_role: "member",
      token_prefix: "sb_ab12cd3",
      token_name: "CI deploys",
      is_active: true,
      validation_status: "rejected",
      remaining_credits: 12.5,
      changed_fields: "provider_org_id, is_active",
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
    ["remaining_credits", Number.POSITIVE_INFINITY],
    ["field", "Provider Key"],
    ["reason", ""],
    ["reason", "x".repeat(201)],
  ])("%s rejects %j", (key, value) => {
    expect(allowedAuditDetails({ [key]: value })).toEqual({});
  });
});
