import "server-only";

import { z } from "zod";

import { MAX_MODEL_ID_LENGTH } from "@/lib/routing/model-id-syntax";

/**
 * A model id as a caller sends it. Only the length is checked here: an id with
 * whitespace or control characters is a valid request that matches no model.
 */
export const requestedModelIdSchema = z
  .string({ error: "Must be a string." })
  .min(1, "Enter a model id.")
  .max(MAX_MODEL_ID_LENGTH, `Model ids are at most ${MAX_MODEL_ID_LENGTH} characters long.`);

// Built once: every route lookup parses its model id with it.
const requestedModelSchema = z.object({ model: requestedModelIdSchema });

/** Returns `modelId` unchanged, or throws a ZodError whose field is "model". */
export function parseRequestedModelId(modelId: unknown): string {
  return requestedModelSchema.parse({ model: modelId }).model;
}
