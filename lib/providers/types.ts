/** The providers Switchboard connects to. */
export const PROVIDER_NAMES = ["aitronos", "openai", "anthropic", "clipdrop"] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** The integration fields a provider may blame when it rejects a credential. */
export type CredentialField = "provider_api_key" | "provider_org_id" | "provider_project_id";

/** What is sent to a provider to check a credential. */
export type CredentialInput = {
  apiKey: string;
  providerOrgId: string | null;
  providerProjectId: string | null;
};

/**
 * The classified result of one credential check. Messages never contain the
 * key: they are built from the status and the provider's error code or type.
 */
export type CheckOutcome =
  | { outcome: "not_required" }
  | { outcome: "accepted"; httpStatus: number; remainingCredits?: number }
  | {
      outcome: "accepted_with_warning";
      httpStatus: number;
      /** The provider's error code or type, such as "insufficient_quota". */
      errorCode: string | null;
      /** A sentence for people, such as "OpenAI reports no quota left: requests will fail until billing is fixed." */
      warning: string;
      remainingCredits?: number;
    }
  | {
      outcome: "rejected";
      httpStatus: number;
      errorCode: string | null;
      /** The field the provider blamed. */
      field: CredentialField;
      /** A short reason for people, such as "invalid API key" or "the organization id does not match this key". */
      reason: string;
    }
  | {
      outcome: "unavailable";
      /** Null when no HTTP response arrived (timeout, refused or reset connection, garbage). */
      httpStatus: number | null;
      errorCode: string | null;
      reason: string;
    };
