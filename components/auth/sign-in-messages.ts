/**
 * The sign-in page's messages by next-auth error code. The invalid-credentials
 * message is the same for an unknown email and a wrong password.
 */
export function signInErrorMessage(code: string | null): string | null {
  if (!code) return null;
  if (code === "Throttled") return "Too many failed sign-in attempts. Wait a minute, then try again.";
  if (code === "CredentialsSignin") return "Incorrect email or password.";
  return "Sign-in failed. Try again.";
}
