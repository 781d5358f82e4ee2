/**
 * Every action the audit trail records. Targets are "integration", "user",
 * "membership", "invitation", "api_token" or "organization".
 */
export const AUDIT_ACTIONS = [
  "sign_in.succeeded",
  "sign_in.failed",
  "organization.created",
  "integration.created",
  "integration.updated",
  "integration.activated",
  "integration.deactivated",
  "integration.key_replaced",
  "integration.deleted",
  "integration.validated",
  "integration.validation_failed",
  "integration.validation_unavailable",
  "integration.decrypt_failed",
  "member.invited",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "invitation.revoked",
  "api_token.created",
  "api_token.revoked",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
