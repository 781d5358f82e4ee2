import "server-only";

import { AppError } from "@/lib/errors";

/** Request bodies larger than this are refused with 413 before parsing. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON object body with a size cap. Oversized bodies get 413, malformed
 * JSON or a non-object gets VALIDATION_FAILED naming "body". Nothing of the
 * body is echoed back.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_JSON_BODY_BYTES) throw tooLarge();

  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_JSON_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }

  const text = Buffer.concat(chunks).toString("utf8");
  let parsed: unknown;
  try {
    parsed = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body is not valid JSON.", {
      fields: { body: "Send a JSON object." },
    });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new AppError("VALIDATION_FAILED", "The request body must be a JSON object.", {
      fields: { body: "Send a JSON object." },
    });
  }
  return parsed as Record<string, unknown>;
}

function tooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_JSON_BODY_BYTES} bytes.`, {
    fields: { body: `At most ${MAX_JSON_BODY_BYTES} bytes.` },
  });
}
