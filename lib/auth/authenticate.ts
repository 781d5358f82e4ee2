import "server-only";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/auth/request-context";
import { verifyPassword } from "@/lib/auth/password";
import { clearSignInFailures, recordSignInFailure, signInDelayMs, throttleSubjects } from "@/lib/auth/sign-in-throttle";
import { getPrisma } from "@/lib/db/database";
import { logger } from "@/lib/logger";
import { normalizeEmail } from "@/lib/users/email";

const MAX_EMAIL_LENGTH = 254;
const MAX_PASSWORD_LENGTH = 1024;

export type AuthenticatedUser = { id: string; email: string; name: string };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password. Unknown emails and wrong passwords give the
 * same result in the same time; every failure and every success is audited,
 * and repeated failures for an account or an address are throttled.
 */
export async function authenticateWithPassword(
  rawEmail: unknown,
  rawPassword: unknown,
  origin: RequestOrigin,
): Promise<AuthenticationResult> {
  const email = typeof rawEmail === "string" ? normalizeEmail(rawEmail).slice(0, MAX_EMAIL_LENGTH) : "";
  const password = typeof rawPassword === "string" ? rawPassword.slice(0, MAX_PASSWORD_LENGTH) : "";
  const actor = { userId: null, label: email || "anonymous", ip: origin.ip, userAgent: origin.userAgent };
  const subjects = throttleSubjects(email, origin.ip);

  const delayMs = await signInDelayMs(subjects);
  if (delayMs > 0) {
    const retryAfterSeconds = Math.ceil(delayMs / 1000);
    logFailedSignIn(email, origin, "throttled");
    await recordAuditEvent({
      organizationId: null,
      actor,
      action: "sign_in.failed",
      outcome: "failure",
      details: { reason: "throttled", retry_after_seconds: retryAfterSeconds },
    });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const prisma = await getPrisma();
  const user = email ? await prisma.user.findUnique({ where: { email } }) : null;
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? null);

  if (!user || !passwordMatches) {
    await recordSignInFailure(subjects);
    logFailedSignIn(email, origin, "invalid_credentials");
    await recordAuditEvent({
      organizationId: null,
      actor,
      action: "sign_in.failed",
      outcome: "failure",
      details: { reason: "invalid_credentials" },
    });
    return { ok: false, reason: "invalid_credentials" };
  }

  await clearSignInFailures(email);
  await recordAuditEvent({
    organizationId: null,
    actor: { ...actor, userId: user.id },
    action: "sign_in.succeeded",
    targetType: "user",
    targetId: user.id,
    outcome: "success",
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/**
 * Logs a failed sign-in for operators, because sign-in events belong to no
 * organization and so appear in no organization's audit log. The password is never logged.
 */
function logFailedSignIn(email: string, origin: RequestOrigin, reason: "throttled" | "invalid_credentials"): void {
  logger.warn({ email: email || null, ip: origin.ip, reason }, "Sign-in failed");
}
