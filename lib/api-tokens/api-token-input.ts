import { z } from "zod";

/** Roles a token can have. A token is never an owner. */
export const API_TOKEN_ROLES = ["admin", "member"] as const;

export const API_TOKEN_NAME_MAX_LENGTH = 100;

/** The input of "create an API token", shared by the form and the service. */
export const createApiTokenSchema = z
  .object({
    name: z
      .string({ error: "Enter a name." })
      .trim()
      .min(1, "Enter a name, such as the script or service that will use the token.")
      .max(API_TOKEN_NAME_MAX_LENGTH, `Use at most ${API_TOKEN_NAME_MAX_LENGTH} characters.`),
    role: z.enum(API_TOKEN_ROLES, { error: "Choose admin or member." }),
  })
  .strict();

export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
