import "server-only";

// Control characters and anything above U+00FF: fetch rejects these in header
// values, and its error message quotes the value.
const UNSENDABLE_CHARACTER = /[\u0000-\u001f\u007f\u0100-\uffff]/;

/**
 * Checks whether a credential can be sent unchanged as (part of) an HTTP header value.
 * Surrounding whitespace counts as unsendable because fetch strips it, which
 * would check a different value than the one stored.
 */
export function isSendableHeaderValue(value: string): boolean {
  return !UNSENDABLE_CHARACTER.test(value) && value === value.trim();
}
