/**
 * A non-secret reminder of a provider key, such as "sk-…AbCd": the key's
 * recognisable prefix (up to its first dash-separated part, at most 7
 * characters) and its last 4 characters. Keys shorter than 12 characters get
 * only "…" and the last 2, so the hint never reveals most of a short key.
 */
export function keyHint(key: string): string {
  if (key.length < 12) return `…${key.slice(-2)}`;
  const prefixMatch = /^[A-Za-z]+-(?:[A-Za-z]+-)?/.exec(key);
  const prefix = prefixMatch ? prefixMatch[0].slice(0, 7) : "";
  return `${prefix}…${key.slice(-4)}`;
}
