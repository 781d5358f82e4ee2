import { z } from "zod";

export const ORGANIZATION_NAME_MAX_LENGTH = 100;

// Control characters would break the header and the audit log's display of the name.
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** The input of "create an organization", shared by the form and the service. */
export const createOrganizationSchema = z
  .object({
    name: z
      .string({ error: "Enter a name." })
      .trim()
      .min(1, "Enter a name.")
      .max(ORGANIZATION_NAME_MAX_LENGTH, `Use at most ${ORGANIZATION_NAME_MAX_LENGTH} characters.`)
      .refine((name) => !CONTROL_CHARACTERS.test(name), "Remove the control characters (such as tabs or line breaks)."),
  })
  .strict();

export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;
