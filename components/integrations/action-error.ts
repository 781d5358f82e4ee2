import type { ActionResult } from "@/lib/http/action-result";

type FailedAction = Extract<ActionResult<unknown>, { ok: false }>;

/** A failed server action as an Error, so TanStack Query can report it with its code, field errors and details. */
export class ActionError extends Error {
  readonly code: FailedAction["code"];
  readonly fields: Record<string, string>;
  readonly details: Record<string, unknown>;

  constructor(failure: FailedAction) {
    super(failure.message);
    this.name = "ActionError";
    this.code = failure.code;
    this.fields = failure.fields ?? {};
    this.details = failure.details ?? {};
  }
}

/** Returns the data of a successful server action, or throws its failure as an ActionError. */
export function unwrapActionResult<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new ActionError(result);
  return result.data;
}
