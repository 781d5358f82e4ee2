import "server-only";

import { NextResponse } from "next/server";
import { ZodError } from "zod";

import { AppError } from "@/lib/errors";
import { describeError, logger } from "@/lib/logger";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

export const NO_STORE_HEADERS = { "Cache-Control": "no-store" } as const;

/** The API's error body: {"success": false, "error": {code, message, fields?}}. */
export function errorResponse(error: AppError): NextResponse {
  const headers: Record<string, string> = { ...NO_STORE_HEADERS };
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
  return NextResponse.json(
    {
      success: false,
      error: {
        code: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
        ...(error.details ?? {}),
      },
    },
    { status: error.status, headers },
  );
}

/**
 * Maps anything thrown by a handler to the error body. Unknown errors become a
 * generic 500: their details go to the log, never to the client.
 */
export function responseForError(error: unknown, context: Record<string, unknown> = {}): NextResponse {
  if (error instanceof AppError) return errorResponse(error);
  if (error instanceof ZodError) {
    return errorResponse(
      new AppError("VALIDATION_FAILED", "The request is invalid; see fields.", { fields: fieldErrorsFromZod(error) }),
    );
  }
  logger.error({ ...context, err: describeError(error) }, "Unexpected error in an API request");
  return errorResponse(new AppError("INTERNAL_ERROR", "Something went wrong on the server. Try again later."));
}
