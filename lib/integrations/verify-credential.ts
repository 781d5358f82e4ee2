import "server-only";

import type { OrganizationAccess } from "@/lib/access/authorize-organization";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { takeValidationSlot } from "@/lib/integrations/validation-rate-limit";
import { logger } from "@/lib/logger";
import { checkCredential } from "@/lib/providers/check-credential";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";
import type { CheckOutcome, CredentialInput, ProviderName } from "@/lib/providers/types";

export type CredentialCheckRequest = {
  access: OrganizationAccess;
  integrationId: string;
  providerName: ProviderName;
  credential: CredentialInput;
  /** The hint of the key being checked, for the audit trail. */
  keyHint: string | null;
  /** Why the check runs: "create", "activate", "replace_key" or "check". */
  purpose: "create" | "activate" | "replace_key" | "check";
};

/**
 * Checks a credential with its provider: counts it against the organization's
 * rate limit, logs one line with the outcome and duration, and audits every
 * rejection and every failure to reach the provider. Aitronos needs no check.
 */
export async function verifyCredential(request: CredentialCheckRequest): Promise<CheckOutcome> {
  if (request.providerName === "aitronos") return { outcome: "not_required" };

  const { access, integrationId, providerName } = request;
  await takeValidationSlot(access.organizationId);

  const startedAt = performance.now();
  const outcome = await checkCredential(providerName, request.credential);
  const durationMs = Math.round(performance.now() - startedAt);

  const facts = {
    provider: providerName,
    key_hint: request.keyHint,
    purpose: request.purpose,
    http_status: "httpStatus" in outcome ? outcome.httpStatus : null,
    error_code: "errorCode" in outcome ? outcome.errorCode : null,
  };
  logger.info(
    { organizationId: access.organizationId, integrationId, ...facts, outcome: outcome.outcome, durationMs },
    "Checked a credential with the provider",
  );

  if (outcome.outcome === "rejected" || outcome.outcome === "unavailable") {
    await recordAuditEvent({
      organizationId: access.organizationId,
      actor: access.actor,
      action: outcome.outcome === "rejected" ? "integration.validation_failed" : "integration.validation_unavailable",
      targetType: "integration",
      targetId: integrationId,
      outcome: "failure",
      details: { ...facts, reason: outcome.reason, ...(outcome.outcome === "rejected" ? { field: outcome.field } : {}) },
    });
  }
  return outcome;
}

/** The error for a check that did not accept the credential; nothing was activated or replaced. */
export function failedCheckError(outcome: CheckOutcome, providerName: ProviderName): AppError | null {
  const label = PROVIDER_LABELS[providerName];
  if (outcome.outcome === "rejected") {
    const message =
      outcome.field === "provider_api_key"
        ? `${label} rejected this key: ${outcome.reason}`
        : `${label} rejected the credential: ${outcome.reason}`;
    return new AppError("CREDENTIAL_REJECTED", message, { fields: { [outcome.field]: message } });
  }
  if (outcome.outcome === "unavailable") {
    return new AppError(
      "PROVIDER_UNAVAILABLE",
      `${label} could not check the credential (${outcome.reason}). Nothing was changed; try again later.`,
    );
  }
  return null;
}
