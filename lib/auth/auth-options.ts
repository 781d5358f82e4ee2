import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { authSecret } from "@/lib/auth/auth-secret";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { requestOrigin } from "@/lib/auth/request-context";

/** Error codes the sign-in page turns into messages; neither says whether the email exists. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled" } as const;

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let cachedOptions: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use rather than at import, so that
 * `next build` can import the auth route without reading or generating secrets.
 */
export function authOptions(): NextAuthOptions {
  cachedOptions ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const result = await authenticateWithPassword(
            credentials?.email,
            credentials?.password,
            requestOrigin(request?.headers ?? {}),
          );
          if (result.ok) return result.user;
          // next-auth turns a thrown error's message into the ?error= code of the sign-in page.
          if (result.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.email = user.email;
          token.name = user.name;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.email = token.email ?? "";
          session.user.name = token.name ?? "";
        }
        return session;
      },
    },
  };
  return cachedOptions;
}
