import type { ActionResult } from "@/lib/http/action-result";

/** A failed add or edit submission, as the form keeps it. */
export type FormFailure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Returns whether the failure needs a message above the buttons: every failure except
 * one whose field errors all appear under the `shownFields` inputs, such as a
 * rejected key ("OpenAI rejected this key: invalid API key" under "API key").
 */
export function needsFormAlert(failure: FormFailure, shownFields: readonly string[]): boolean {
  const fieldNames = Object.keys(failure.fields ?? {});
  if (fieldNames.length === 0) return true;
  return fieldNames.some((name) => !shownFields.includes(name));
}

/** Builds the form-level alert's message: the server's message, plus field errors no input shows. */
export function formAlertMessage(failure: FormFailure, shownFields: readonly string[]): string {
  const unshown = Object.entries(failure.fields ?? {}).filter(([name]) => !shownFields.includes(name));
  if (unshown.length === 0) return failure.message;
  return `${failure.message} ${unshown.map(([name, message]) => `${name}: ${message}`).join(" ")}`;
}

/** Returns whether a CONFLICT is about another active integration of the provider, which replace_active resolves. */
export function isActiveConflict(failure: FormFailure): boolean {
  return failure.code === "CONFLICT" && typeof failure.details?.active_integration_id === "string";
}

/** Focuses the first shown field with an error, and returns whether there was one. */
export function focusFirstInvalidField(fields: Record<string, string> | undefined, shownFields: readonly string[]): boolean {
  const first = shownFields.find((name) => fields?.[name]);
  const input = first ? document.getElementById(first) : null;
  if (!input) return false;
  input.focus();
  return true;
}
