import type { BadgeTone } from "@/components/ui/badge";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

type ValidationStatus = IntegrationRowView["validationStatus"];

/** The badge of each validation status. The label carries the meaning; the tone and its icon repeat it. */
export const VALIDATION_STATUS_BADGES: Record<ValidationStatus, { label: string; tone: BadgeTone }> = {
  never_checked: { label: "Not checked yet", tone: "neutral" },
  not_required: { label: "No check needed", tone: "neutral" },
  accepted: { label: "Accepted", tone: "success" },
  accepted_with_warning: { label: "Accepted with a warning", tone: "warning" },
  rejected: { label: "Rejected", tone: "danger" },
  unavailable: { label: "Provider unavailable", tone: "warning" },
  undecryptable: { label: "Key must be re-entered", tone: "danger" },
};

/**
 * Returns whether the status's stored message adds something to its badge. "OpenAI
 * accepted the key." only repeats "Accepted", while a rejection reason or a
 * quota warning is the point.
 */
export function showsValidationMessage(status: ValidationStatus): boolean {
  return status !== "accepted" && status !== "never_checked" && status !== "not_required";
}
