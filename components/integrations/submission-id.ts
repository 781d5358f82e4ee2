/**
 * Returns a random id for one create form, 32 hex characters. It uses
 * getRandomValues because crypto.randomUUID exists only in secure contexts,
 * and the console may be served over plain HTTP on a private network.
 */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
