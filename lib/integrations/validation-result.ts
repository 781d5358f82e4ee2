import type { ValidationStatus } from "@/lib/generated/prisma/enums";
import type { CheckOutcome } from "@/lib/providers/types";

/** The row columns that record the last check: status, a non-secret message, time and credits. */
export type ValidationColumns = {
  validationStatus: ValidationStatus;
  validationMessage: string | null;
  lastValidatedAt: Date | null;
  remainingCredits: number | null;
};

export function validationColumnsFor(outcome: CheckOutcome, providerLabel: string, now = new Date()): ValidationColumns {
  switch (outcome.outcome) {
    case "not_required":
      return { validationStatus: "not_required", validationMessage: null, lastValidatedAt: null, remainingCredits: null };
    case "accepted":
      return {
        validationStatus: "accepted",
        validationMessage: `${providerLabel} accepted the key.`,
        lastValidatedAt: now,
        remainingCredits: outcome.remainingCredits ?? null,
      };
    case "accepted_with_warning":
      return {
        validationStatus: "accepted_with_warning",
        validationMessage: outcome.warning,
        lastValidatedAt: now,
        remainingCredits: outcome.remainingCredits ?? null,
      };
    case "rejected":
      return {
        validationStatus: "rejected",
        validationMessage: `${providerLabel} rejected this key: ${outcome.reason}`,
        lastValidatedAt: now,
        remainingCredits: null,
      };
    case "unavailable":
      return {
        validationStatus: "unavailable",
        validationMessage: `${providerLabel} could not be reached: ${outcome.reason}`,
        lastValidatedAt: now,
        remainingCredits: null,
      };
  }
}
