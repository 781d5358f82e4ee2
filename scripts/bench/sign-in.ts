// Signs in through next-auth's credentials provider, as the login form does,
// and returns the Cookie header that carries the session.

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";", 1)[0]);
}

/** Returns a Cookie header value with the session token; throws when next-auth sets none. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf failed with status ${csrfResponse.status}.`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrfResponse);

  const signInResponse = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const sessionCookie = cookiePairs(signInResponse).find((pair) => pair.split("=", 1)[0].endsWith("next-auth.session-token"));
  if (!sessionCookie) {
    throw new Error(`Sign-in as ${email} set no session cookie (status ${signInResponse.status}).`);
  }
  return sessionCookie;
}
