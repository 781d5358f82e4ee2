import "server-only";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import type { Caller } from "@/lib/access/caller";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { KeyDecryptionError } from "@/lib/crypto/provider-key-cipher";
import { getPrisma } from "@/lib/db/database";
import { AppError } from "@/lib/errors";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { findIntegration } from "@/lib/integrations/find-integration";
import { markUndecryptable } from "@/lib/integrations/mark-undecryptable";
import { openStoredKey } from "@/lib/integrations/stored-key";
import { validationColumnsFor } from "@/lib/integrations/validation-result";
import { verifyCredential } from "@/lib/integrations/verify-credential";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";
import type { CheckOutcome } from "@/lib/providers/types";

export type CheckNowResult = { integration: ProviderIntegration; outcome: CheckOutcome };

/**
 * Checks the stored credential with the provider now and records the result
 * on the row. It changes nothing else: an active integration whose key is now
 * rejected stays active, with its status saying so.
 */
export async function checkIntegrationNow(
  caller: Caller,
  organizationId: string,
  integrationId: string,
): Promise<CheckNowResult> {
  const access = await authorizeOrganization(caller, organizationId, "integrations.write");
  const row = await findIntegration(organizationId, integrationId);
  const prisma = await getPrisma();

  let apiKey: string | null = null;
  if (row.providerName !== "aitronos") {
    try {
      apiKey = openStoredKey(row);
    } catch (error) {
      if (!(error instanceof KeyDecryptionError)) throw error;
      await markUndecryptable(access, row, error);
      throw new AppError("VALIDATION_FAILED", "The stored key can no longer be decrypted.", {
        fields: { provider_api_key: "The stored key can no longer be decrypted (the master key changed). Enter the key again." },
      });
    }
    if (!apiKey) {
      throw new AppError("VALIDATION_FAILED", "This integration has no stored key to check.", {
        fields: { provider_api_key: "Enter the API key." },
      });
    }
  }

  const outcome = apiKey
    ? await verifyCredential({
        access,
        integrationId: row.id,
        providerName: row.providerName,
        credential: { apiKey, providerOrgId: row.providerOrgId, providerProjectId: row.providerProjectId },
        keyHint: row.keyHint,
        purpose: "check",
      })
    : ({ outcome: "not_required" } as const);

  const integration = await prisma.providerIntegration.update({
    where: { id: row.id },
    data: validationColumnsFor(outcome, PROVIDER_LABELS[row.providerName]),
  });
  if (outcome.outcome === "accepted" || outcome.outcome === "accepted_with_warning") {
    await recordAuditEvent({
      organizationId,
      actor: access.actor,
      action: "integration.validated",
      targetType: "integration",
      targetId: row.id,
      outcome: "success",
      details: {
        provider: row.providerName,
        key_hint: row.keyHint,
        result: outcome.outcome,
        ...(outcome.outcome === "accepted_with_warning" ? { warning: outcome.warning } : {}),
      },
    });
  }
  return { integration, outcome };
}
