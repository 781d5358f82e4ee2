import { categoryFilterValue } from "@/lib/audit/audit-action-filter";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";

/** A group of the action filter's options, rendered as an optgroup. */
export type ActionOptionGroup = { label: string; options: { value: string; label: string }[] };

const ACTION_LABELS: Record<AuditAction, string> = {
  "sign_in.succeeded": "Sign-in succeeded",
  "sign_in.failed": "Sign-in failed",
  "organization.created": "Organization created",
  "integration.created": "Integration created",
  "integration.updated": "Integration updated",
  "integration.activated": "Integration switched on",
  "integration.deactivated": "Integration switched off",
  "integration.key_replaced": "Integration key replaced",
  "integration.deleted": "Integration deleted",
  "integration.validated": "Key check passed",
  "integration.validation_failed": "Key check rejected",
  "integration.validation_unavailable": "Key check unavailable",
  "integration.decrypt_failed": "Stored key undecryptable",
  "member.invited": "Member invited",
  "member.joined": "Member joined",
  "member.role_changed": "Member role changed",
  "member.removed": "Member removed",
  "invitation.revoked": "Invitation revoked",
  "api_token.created": "API token created",
  "api_token.revoked": "API token revoked",
};

// Sign-in events belong to no organization, so the organization's filter leaves them out.
const CATEGORIES: { category: string; label: string; anyLabel: string }[] = [
  { category: "integration", label: "Integrations", anyLabel: "Any integration event" },
  { category: "member", label: "Members", anyLabel: "Any member event" },
  { category: "invitation", label: "Invitations", anyLabel: "Any invitation event" },
  { category: "api_token", label: "API tokens", anyLabel: "Any API token event" },
  { category: "organization", label: "Organization", anyLabel: "Any organization event" },
];

/**
 * Builds the action filter's options, grouped by category: "Any integration event"
 * (value "integration.*") first, then each action of the category.
 */
export function auditActionOptionGroups(): ActionOptionGroup[] {
  return CATEGORIES.map(({ category, label, anyLabel }) => ({
    label,
    options: [
      { value: categoryFilterValue(category), label: anyLabel },
      ...AUDIT_ACTIONS.filter((action) => action.startsWith(`${category}.`)).map((action) => ({
        value: action,
        label: ACTION_LABELS[action],
      })),
    ],
  }));
}
