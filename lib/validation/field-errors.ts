import type { ZodError } from "zod";

import type { FieldErrors } from "@/lib/errors";

/**
 * One message per field, named by its path ("provider_api_key", "body" for the
 * whole body). Zod's messages describe the rule, never the submitted value.
 */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "Unknown field.";
      continue;
    }
    const name = issue.path.length > 0 ? issue.path.join(".") : "body";
    fields[name] ??= issue.message;
  }
  return fields;
}
