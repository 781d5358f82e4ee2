import { z } from "zod";

import { memberRoleSchema } from "@/lib/members/member-input";
import { normalizeEmail } from "@/lib/users/email";

export const MAX_EMAIL_LENGTH = 254;
export const MIN_PASSWORD_LENGTH = 12;
// Sign-in reads at most this many characters of a password, so a longer one could never sign in.
export const MAX_PASSWORD_LENGTH = 1024;
export const USER_NAME_MAX_LENGTH = 100;

/** The input of "invite a member", shared by the form and the service. */
export const inviteMemberSchema = z
  .object({
    email: z
      .string({ error: "Enter an email address." })
      .trim()
      .min(1, "Enter an email address.")
      .max(MAX_EMAIL_LENGTH, `Use at most ${MAX_EMAIL_LENGTH} characters.`)
      .pipe(z.email({ error: "Enter a valid email address, such as name@example.com." }))
      .transform(normalizeEmail),
    role: memberRoleSchema,
  })
  .strict();

export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

/** The input of "create an account and accept the invitation". */
export const newAccountSchema = z
  .object({
    name: z
      .string({ error: "Enter your name." })
      .trim()
      .min(1, "Enter your name.")
      .max(USER_NAME_MAX_LENGTH, `Use at most ${USER_NAME_MAX_LENGTH} characters.`),
    password: z
      .string({ error: "Choose a password." })
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
    passwordConfirmation: z.string({ error: "Repeat the password." }),
  })
  .strict()
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "The passwords do not match.",
  });

export type NewAccountInput = z.input<typeof newAccountSchema>;
