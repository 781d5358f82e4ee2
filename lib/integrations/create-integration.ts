import "server-only";

import { randomUUID } from "node:crypto";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { keyHint } from "@/lib/crypto/key-hint";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { activeConflictError } from "@/lib/integrations/active-conflict";
import { findOtherActiveIntegration } from "@/lib/integrations/find-integration";
import { createIntegrationSchema, creationRequestIdSchema, providerFieldErrors } from "@/lib/integrations/integration-input";
import { sealKeyForRow } from "@/lib/integrations/stored-key";
import { isUniqueViolation, ONE_ACTIVE_INDEX } from "@/lib/integrations/unique-violation";
import { validationColumnsFor } from "@/lib/integrations/validation-result";
import { failedCheckError, verifyCredential } from "@/lib/integrations/verify-credential";
import { logger } from "@/lib/logger";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

export type CreateIntegrationResult = { integration: ProviderIntegration; created: boolean };

/**
 * Creates an integration. An active one is checked with the provider first,
 * and a rejected or unchecked credential creates nothing. With replace_active,
 * the provider's current active integration is switched off in the same
 * transaction. A repeated `requestId` returns the row the first request created.
 */
export async function createIntegration(
  caller: Caller,
  organizationId: string,
  rawInput: unknown,
  requestId?: string | null,
): Promise<CreateIntegrationResult> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.write");
  const input = createIntegrationSchema.parse(rawInput);
  const creationRequestId = requestId ? parseRequestId(requestId) : null;
  const prisma = await getPrisma();

  const firstCreatedByThisRequest = async () =>
    creationRequestId ? prisma.providerIntegration.findFirst({ where: { organizationId, creationRequestId } }) : null;
  const earlier = await firstCreatedByThisRequest();
  if (earlier) return { integration: earlier, created: false };

  const fields = {
    providerName: input.provider_name,
    apiKey: input.provider_api_key || null,
    providerOrgId: input.provider_org_id ?? null,
    providerProjectId: input.provider_project_id ?? null,
  };
  const fieldErrors = providerFieldErrors(fields, true);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION_FAILED", "Some fields do not apply to this provider.", { fields: fieldErrors });
  }

  const id = randomUUID();
  const activeNow = input.is_active
    ? await findOtherActiveIntegration(organizationId, fields.providerName, id)
    : null;
  if (activeNow && !input.replace_active) {
    // The active one may be this very request's row, committed by a repeated submission a moment ago.
    const repeated = await firstCreatedByThisRequest();
    if (repeated) return { integration: repeated, created: false };
    throw activeConflictError(activeNow);
  }

  let validation = validationColumnsFor({ outcome: "not_required" }, PROVIDER_LABELS[fields.providerName]);
  if (fields.providerName !== "aitronos") {
    validation = { validationStatus: "never_checked", validationMessage: null, lastValidatedAt: null, remainingCredits: null };
  }
  if (input.is_active && fields.apiKey) {
    const outcome = await verifyCredential({
      access,
      integrationId: id,
      providerName: fields.providerName,
      credential: { apiKey: fields.apiKey, providerOrgId: fields.providerOrgId, providerProjectId: fields.providerProjectId },
      keyHint: keyHint(fields.apiKey),
      purpose: "create",
    });
    const failure = failedCheckError(outcome, fields.providerName);
    if (failure) throw failure;
    validation = validationColumnsFor(outcome, PROVIDER_LABELS[fields.providerName]);
  }

  const identity = { id, organizationId, providerName: fields.providerName };
  const keyColumns = fields.apiKey ? sealKeyForRow(fields.apiKey, identity) : {};

  try {
    const integration = await prisma.$transaction(async (tx) => {
      let replaced: ProviderIntegration | null = null;
      if (input.is_active && input.replace_active) {
        replaced = await findOtherActiveIntegration(organizationId, fields.providerName, id, tx);
        if (replaced) {
          await tx.providerIntegration.update({ where: { id: replaced.id }, data: { isActive: false } });
        }
      }
      const row = await tx.providerIntegration.create({
        data: {
          ...identity,
          providerOrgId: fields.providerOrgId,
          providerProjectId: fields.providerProjectId,
          ...keyColumns,
          isActive: input.is_active,
          ...validation,
          creationRequestId,
        },
      });
      await recordAuditEvent(
        {
          organizationId,
          actor: access.actor,
          action: "integration.created",
          targetType: "integration",
          targetId: id,
          outcome: "success",
          details: {
            provider: fields.providerName,
            key_hint: row.keyHint,
            is_active: row.isActive,
            validation_status: row.validationStatus,
          },
        },
        tx,
      );
      if (replaced) {
        await recordAuditEvent(
          {
            organizationId,
            actor: access.actor,
            action: "integration.deactivated",
            targetType: "integration",
            targetId: replaced.id,
            outcome: "success",
            details: { provider: fields.providerName, key_hint: replaced.keyHint, replaced_by_integration_id: id },
          },
          tx,
        );
      }
      return row;
    });
    logger.info(
      { organizationId, integrationId: id, provider: fields.providerName, isActive: integration.isActive },
      "Created an integration",
    );
    return { integration, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const repeated = await firstCreatedByThisRequest();
      if (repeated) return { integration: repeated, created: false };
    }
    if (isUniqueViolation(error, ONE_ACTIVE_INDEX)) {
      const active = await findOtherActiveIntegration(organizationId, fields.providerName, id);
      if (active) throw activeConflictError(active);
      throw new AppError("CONFLICT", "Another integration of this provider became active at the same time. Try again.");
    }
    throw error;
  }
}

function parseRequestId(requestId: string): string {
  const parsed = creationRequestIdSchema.safeParse(requestId);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "The request id is invalid.", {
      fields: { request_id: parsed.error.issues[0]?.message ?? "Invalid." },
    });
  }
  return parsed.data;
}
