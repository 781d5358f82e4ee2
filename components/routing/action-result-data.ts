import type { ActionResult } from "@/lib/http/action-result";

/** Returns the data of a successful server action, or throws its safe message for TanStack Query to report. */
export function actionResultData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.data;
}
