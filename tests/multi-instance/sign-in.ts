import type { AppServer } from "@/tests/support/app-server";

/** How next-auth's credentials sign-in ended. */
export type SignInOutcome = "signed_in" | "invalid_credentials" | "throttled";

/**
 * Signs in through next-auth's credentials endpoint as a script would: fetch
 * the CSRF token and its cookie, then post the form with json=true, which
 * returns the redirect URL as JSON. The URL's `error` parameter is
 * CredentialsSignin for a wrong password and Throttled for a throttled attempt.
 */
export async function signIn(server: AppServer, email: string, password: string): Promise<SignInOutcome> {
  const csrfResponse = await server.request("/api/auth/csrf");
  if (csrfResponse.status !== 200) throw new Error(`GET /api/auth/csrf returned ${csrfResponse.status}`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookie = csrfResponse.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");

  const response = await server.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    redirect: "manual",
  });
  const body = (await response.json()) as { url?: string };
  const error = body.url ? new URL(body.url, server.origin).searchParams.get("error") : null;

  if (error === "CredentialsSignin") return "invalid_credentials";
  if (error === "Throttled") return "throttled";
  if (error !== null) throw new Error(`Sign-in failed with an unexpected error code "${error}" (HTTP ${response.status}).`);

  const sessionCookie = response.headers.getSetCookie().some((header) => header.startsWith("next-auth.session-token="));
  if (!sessionCookie) throw new Error(`Sign-in returned no error and no session cookie (HTTP ${response.status}).`);
  return "signed_in";
}
