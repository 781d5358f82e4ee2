import "server-only";

import { checkAnthropicCredential } from "./anthropic-check";
import { checkClipDropCredential } from "./clipdrop-check";
import { checkOpenAiCredential } from "./openai-check";
import type { ProviderCheckOptions } from "./provider-http";
import type { CheckOutcome, CredentialInput, ProviderName } from "./types";

export { providerDisplayName } from "./provider-display-name";
export type { ProviderCheckOptions } from "./provider-http";

/**
 * Checks a credential with its provider and classifies the response. Aitronos
 * takes no credentials, so it returns "not_required" without a request.
 * The outcome never contains the key.
 */
export async function checkCredential(
  provider: ProviderName,
  input: CredentialInput,
  options: ProviderCheckOptions = {},
): Promise<CheckOutcome> {
  switch (provider) {
    case "aitronos":
      return { outcome: "not_required" };
    case "openai":
      return checkOpenAiCredential(input, options);
    case "anthropic":
      return checkAnthropicCredential(input, options);
    case "clipdrop":
      return checkClipDropCredential(input, options);
    default: {
      const unknownProvider: never = provider;
      throw new Error(`No credential check exists for provider "${String(unknownProvider)}".`);
    }
  }
}
