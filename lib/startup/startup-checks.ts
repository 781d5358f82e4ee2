import { authSecret } from "@/lib/auth/auth-secret";
import { masterKeys } from "@/lib/crypto/master-keys";
import { providerBaseUrl } from "@/lib/providers/base-urls";
import { PROVIDER_NAMES } from "@/lib/providers/types";

/**
 * Loads every secret and setting the server cannot run without, so a missing
 * or malformed one stops start-up with a message naming its variable instead
 * of failing on the first request (or, worse, writing with a wrong key).
 */
export function checkStartupConfiguration(): void {
  masterKeys();
  authSecret();
  for (const provider of PROVIDER_NAMES) providerBaseUrl(provider);
}
