import "server-only";

// Every documented OpenAI code and Anthropic type is a short snake_case word.
// Keys always contain a dash, so a whole key can never match this pattern.
const ERROR_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * Returns a provider's error code or type when it is a short identifier that
 * contains no credential, and null otherwise. The code is the only provider
 * text copied into an outcome, so anything else from the body is dropped.
 */
export function readSafeErrorCode(value: unknown, credentials: readonly (string | null)[]): string | null {
  if (typeof value !== "string" || !ERROR_CODE_PATTERN.test(value)) return null;

  const containsCredential = credentials.some((credential) => credential && credential.length > 0 && value.includes(credential));
  return containsCredential ? null : value;
}
