import "server-only";

import { ZodError } from "zod";

import type { Caller } from "@/lib/access/caller";
import { sessionCaller } from "@/lib/access/session-caller";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { describeError, logger } from "@/lib/logger";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

/** What a server action returns to the browser: data, or an error safe to show, with per-field messages. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fields?: FieldErrors; details?: Record<string, unknown> };

/**
 * Runs a server action's work for the signed-in user and turns every error
 * into an ActionResult. Server actions are public endpoints, so the session is
 * checked here, and authorization happens inside the service function `work`
 * calls. Unknown errors are logged and returned as a generic message.
 */
export async function runAction<T>(action: string, work: (caller: Caller) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const caller = await sessionCaller();
    if (!caller) throw new AppError("AUTHENTICATION_REQUIRED", "Your session has ended. Sign in again.");
    return { ok: true, data: await work(caller) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, fields: error.fields, details: error.details };
    }
    if (error instanceof ZodError) {
      return {
        ok: false,
        code: "VALIDATION_FAILED",
        message: "Some fields are invalid.",
        fields: fieldErrorsFromZod(error),
      };
    }
    // next/navigation's redirect() and notFound() work by throwing; let them through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) {
      throw error;
    }
    logger.error({ action, err: describeError(error) }, "Unexpected error in a server action");
    return { ok: false, code: "INTERNAL_ERROR", message: "Something went wrong on the server. Try again." };
  }
}
