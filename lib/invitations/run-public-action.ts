import "server-only";

import { headers } from "next/headers";
import { ZodError } from "zod";

import { requestOrigin, type RequestOrigin } from "@/lib/auth/request-context";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/http/action-result";
import { describeError, logger } from "@/lib/logger";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

/**
 * Runs the work of a server action that needs no session (accepting an
 * invitation with a new account, where the link's secret is the credential)
 * and turns every error into an ActionResult, the way runAction does for
 * signed-in users. Unknown errors are logged, and the browser gets a generic message.
 */
// TODO: move beside runAction in lib/http/action-result.ts, which maps errors the same way.
export async function runPublicAction<T>(
  action: string,
  work: (origin: RequestOrigin) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(requestOrigin(await headers())) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, fields: error.fields, details: error.details };
    }
    if (error instanceof ZodError) {
      return { ok: false, code: "VALIDATION_FAILED", message: "Some fields are invalid.", fields: fieldErrorsFromZod(error) };
    }
    logger.error({ action, err: describeError(error) }, "Unexpected error in a server action");
    return { ok: false, code: "INTERNAL_ERROR", message: "Something went wrong on the server. Try again." };
  }
}
