import "server-only";

import { authorizeOrganization, type OrganizationAccess } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent, type AuditEventInput } from "@/lib/audit/record-audit-event";
import { keyHint } from "@/lib/crypto/key-hint";
import { KeyDecryptionError } from "@/lib/crypto/provider-key-cipher";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { Prisma, ProviderIntegration } from "@/lib/generated/prisma/client";
import { activeConflictError } from "@/lib/integrations/active-conflict";
import { assertNotModifiedSince } from "@/lib/integrations/concurrency-guard";
import { findIntegration, findOtherActiveIntegration } from "@/lib/integrations/find-integration";
import { providerFieldErrors, updateIntegrationSchema } from "@/lib/integrations/integration-input";
import { markUndecryptable } from "@/lib/integrations/mark-undecryptable";
import { openStoredKey, sealKeyForRow } from "@/lib/integrations/stored-key";
import { isUniqueViolation, ONE_ACTIVE_INDEX } from "@/lib/integrations/unique-violation";
import { validationColumnsFor, type ValidationColumns } from "@/lib/integrations/validation-result";
import { failedCheckError, verifyCredential } from "@/lib/integrations/verify-credential";
import { logger } from "@/lib/logger";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

/**
 * Changes an integration: its provider ids, its key, its active state. The
 * credential is checked with the provider before the integration serves with
 * a new state (switched on, or active with a new key or ids). A rejected or
 * unchecked credential changes nothing, so a wrong key never replaces a
 * working one. With replace_active, the provider's current active integration
 * is switched off in the same transaction.
 */
export async function updateIntegration(
  caller: Caller,
  organizationId: string,
  integrationId: string,
  rawInput: unknown,
  options: { ifUnmodifiedSince?: string | null } = {},
): Promise<ProviderIntegration> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.write");
  const input = updateIntegrationSchema.parse(rawInput);
  const row = await findIntegration(organizationId, integrationId);
  const label = PROVIDER_LABELS[row.providerName];

  if (input.provider_name !== undefined && input.provider_name !== row.providerName) {
    throw new AppError("VALIDATION_FAILED", "The provider of an integration cannot be changed.", {
      fields: { provider_name: "The provider cannot be changed; create a new integration instead." },
    });
  }
  assertNotModifiedSince(row.updatedAt, { updatedAt: input.updated_at, ifUnmodifiedSince: options.ifUnmodifiedSince });

  const newKey = input.provider_api_key || null;
  const providerOrgId = input.provider_org_id !== undefined ? input.provider_org_id : row.providerOrgId;
  const providerProjectId = input.provider_project_id !== undefined ? input.provider_project_id : row.providerProjectId;
  const fieldErrors = providerFieldErrors(
    { providerName: row.providerName, apiKey: newKey, providerOrgId, providerProjectId },
    row.keyCiphertext === null,
  );
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION_FAILED", "Some fields do not apply to this provider.", { fields: fieldErrors });
  }

  const targetActive = input.is_active ?? row.isActive;
  const becomingActive = targetActive && !row.isActive;
  const keyChanged = newKey !== null;
  const idsChanged = providerOrgId !== row.providerOrgId || providerProjectId !== row.providerProjectId;

  // A save that changes nothing writes nothing: updated_at keeps marking the
  // last real change, and the audit log records none.
  if (!keyChanged && !idsChanged && targetActive === row.isActive) return row;

  if (becomingActive && !input.replace_active) {
    const active = await findOtherActiveIntegration(organizationId, row.providerName, row.id);
    if (active) throw activeConflictError(active);
  }

  let validation: ValidationColumns | null = null;
  const needsCheck = targetActive && (becomingActive || keyChanged || idsChanged) && row.providerName !== "aitronos";
  if (needsCheck) {
    const apiKey = newKey ?? (await storedKeyOrThrow(access, row));
    const outcome = await verifyCredential({
      access,
      integrationId: row.id,
      providerName: row.providerName,
      credential: { apiKey, providerOrgId, providerProjectId },
      keyHint: keyHint(apiKey),
      purpose: keyChanged ? "replace_key" : "activate",
    });
    const failure = failedCheckError(outcome, row.providerName);
    if (failure) {
      // The stored credential itself was refused: record that on the row. A
      // refused replacement leaves the row exactly as it was.
      if (outcome.outcome === "rejected" && !keyChanged && !idsChanged) {
        await (await getPrisma()).providerIntegration.update({
          where: { id: row.id },
          data: validationColumnsFor(outcome, label),
        });
      }
      throw failure;
    }
    validation = validationColumnsFor(outcome, label);
  } else if (keyChanged) {
    validation = { validationStatus: "never_checked", validationMessage: null, lastValidatedAt: null, remainingCredits: null };
  }

  const data: Prisma.ProviderIntegrationUpdateManyMutationInput = {
    providerOrgId,
    providerProjectId,
    isActive: targetActive,
    ...(keyChanged ? sealKeyForRow(newKey, row) : {}),
    ...(validation ?? {}),
  };

  try {
    const updated = await (await getPrisma()).$transaction(async (tx) => {
      let replaced: ProviderIntegration | null = null;
      if (becomingActive && input.replace_active) {
        replaced = await findOtherActiveIntegration(organizationId, row.providerName, row.id, tx);
        if (replaced) await tx.providerIntegration.update({ where: { id: replaced.id }, data: { isActive: false } });
      }
      // Compare-and-set on updated_at: a write that landed while the provider
      // was being asked wins, and this one is refused instead of overwriting it.
      const { count } = await tx.providerIntegration.updateMany({
        where: { id: row.id, organizationId, updatedAt: row.updatedAt },
        data,
      });
      if (count === 0) {
        throw new AppError("CONFLICT", "The integration changed while this update was in progress. Reload it and try again.");
      }
      for (const event of changeEvents(access, row, { targetActive, keyChanged, idsChanged, newKey, replaced })) {
        await recordAuditEvent(event, tx);
      }
      return findIntegration(organizationId, row.id, tx);
    });
    logger.info(
      { organizationId, integrationId: row.id, provider: row.providerName, isActive: updated.isActive, keyChanged },
      "Updated an integration",
    );
    return updated;
  } catch (error) {
    if (isUniqueViolation(error, ONE_ACTIVE_INDEX)) {
      const active = await findOtherActiveIntegration(organizationId, row.providerName, row.id);
      if (active) throw activeConflictError(active);
      throw new AppError("CONFLICT", `Another ${label} integration became active at the same time. Try again.`);
    }
    throw error;
  }
}

/** The stored key for a check, or a field error when none is stored or it can no longer be decrypted. */
async function storedKeyOrThrow(access: OrganizationAccess, row: ProviderIntegration): Promise<string> {
  let key: string | null;
  try {
    key = openStoredKey(row);
  } catch (error) {
    if (!(error instanceof KeyDecryptionError)) throw error;
    await markUndecryptable(access, row, error);
    throw new AppError("VALIDATION_FAILED", "The stored key can no longer be decrypted.", {
      fields: { provider_api_key: "The stored key can no longer be decrypted (the master key changed). Enter the key again." },
    });
  }
  if (!key) {
    throw new AppError("VALIDATION_FAILED", "This integration has no stored key.", {
      fields: { provider_api_key: "Enter the API key." },
    });
  }
  return key;
}

type ChangeFacts = {
  targetActive: boolean;
  keyChanged: boolean;
  idsChanged: boolean;
  newKey: string | null;
  replaced: ProviderIntegration | null;
};

function changeEvents(access: OrganizationAccess, row: ProviderIntegration, facts: ChangeFacts): AuditEventInput[] {
  const base = { organizationId: access.organizationId, actor: access.actor, targetType: "integration", outcome: "success" as const };
  const provider = row.providerName;
  const events: AuditEventInput[] = [];
  if (facts.replaced) {
    events.push({
      ...base,
      action: "integration.deactivated",
      targetId: facts.replaced.id,
      details: { provider, key_hint: facts.replaced.keyHint, replaced_by_integration_id: row.id },
    });
  }
  if (facts.keyChanged) {
    events.push({
      ...base,
      action: "integration.key_replaced",
      targetId: row.id,
      details: { provider, previous_key_hint: row.keyHint, key_hint: keyHint(facts.newKey ?? "") },
    });
  }
  if (facts.idsChanged) {
    events.push({ ...base, action: "integration.updated", targetId: row.id, details: { provider, key_hint: row.keyHint } });
  }
  if (facts.targetActive !== row.isActive) {
    events.push({
      ...base,
      action: facts.targetActive ? "integration.activated" : "integration.deactivated",
      targetId: row.id,
      details: {
        provider,
        key_hint: facts.keyChanged ? keyHint(facts.newKey ?? "") : row.keyHint,
        ...(facts.replaced ? { previous_integration_id: facts.replaced.id } : {}),
      },
    });
  }
  return events;
}
