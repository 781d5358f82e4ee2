import { AppError } from "@/lib/errors";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";
import { PROVIDER_LABELS } from "@/lib/providers/provider-fields";

/** The 409 for switching on a second integration of a provider without replace_active. */
export function activeConflictError(active: Pick<ProviderIntegration, "id" | "providerName" | "keyHint">): AppError {
  const label = PROVIDER_LABELS[active.providerName];
  const hint = active.keyHint ? ` (key ${active.keyHint})` : "";
  return new AppError(
    "CONFLICT",
    `Another ${label} integration${hint} is active: ${active.id}. Make this the active ${label} integration to replace it (replace_active: true).`,
    { details: { active_integration_id: active.id } },
  );
}
