import "server-only";

import type { AuditAction } from "@/lib/audit/audit-actions";
import { allowedAuditDetails, type AuditDetails } from "@/lib/audit/audit-details";
import {
  describeCheckFailure,
  describeCheckSuccess,
  describeCheckUnavailable,
  providerNameOf,
} from "@/lib/audit/describe-check-result";
import type { AuditEvent } from "@/lib/generated/prisma/client";

/** The parts of an audit event a description is built from. Details of any shape are accepted and filtered. */
export type DescribableAuditEvent = Pick<AuditEvent, "action" | "outcome" | "actorLabel"> & { details: unknown };

type EventFacts = { actor: string; failed: boolean; details: AuditDetails };

/**
 * An action described as a verb phrase: what the actor did ("switched on the
 * OpenAI integration") and, for a failure, what they tried to do ("switch on …").
 */
type ActionPhrase = { done: string; attempted: string };

function integrationOf(details: AuditDetails): string {
  return details.provider ? `the ${providerNameOf(details)} integration` : "an integration";
}

function memberOf(details: AuditDetails): string {
  return details.email ?? "a member";
}

function tokenOf(details: AuditDetails): string {
  const name = details.token_name ? ` "${details.token_name}"` : "";
  return details.token_prefix ? `the API token ${details.token_prefix}…${name}` : `an API token${name}`;
}

/** Joins a verb phrase to the actor, adding the failure's explanation after a semicolon. */
function sentence({ actor, failed, details }: EventFacts, phrase: ActionPhrase, isCredentialChange = false): string {
  if (!failed) return `${actor} ${phrase.done}`;
  const explanation = isCredentialChange ? describeCheckFailure(details) : (details.reason ?? null);
  return `${actor} tried to ${phrase.attempted}${explanation ? `; ${explanation}` : ""}`;
}

function signInFailed({ actor, details }: EventFacts): string {
  if (details.reason === "throttled") {
    const wait = details.retry_after_seconds === undefined ? "" : `; retry allowed after ${details.retry_after_seconds} s`;
    return `Sign-in for ${actor} was refused after too many failed attempts${wait}`;
  }
  if (details.reason === "invalid_credentials") return `Sign-in failed for ${actor}: incorrect email or password`;
  return `Sign-in failed for ${actor}${details.reason ? `: ${details.reason}` : ""}`;
}

const DESCRIBERS: Record<AuditAction, (facts: EventFacts) => string> = {
  "sign_in.succeeded": (facts) => sentence(facts, { done: "signed in", attempted: "sign in" }),
  "sign_in.failed": signInFailed,
  "organization.created": (facts) =>
    sentence(facts, { done: "created the organization", attempted: "create the organization" }),

  "integration.created": (facts) => {
    const integration = integrationOf(facts.details);
    const inactive = facts.details.is_active === false ? ", switched off" : "";
    return sentence(facts, { done: `created ${integration}${inactive}`, attempted: `create ${integration}` }, true);
  },
  "integration.updated": (facts) => {
    const integration = integrationOf(facts.details);
    const fields = facts.details.changed_fields ? ` (${facts.details.changed_fields})` : "";
    return sentence(facts, { done: `updated ${integration}${fields}`, attempted: `update ${integration}` }, true);
  },
  "integration.activated": (facts) => {
    const integration = integrationOf(facts.details);
    const replaced = facts.details.previous_integration_id ? ", switching off the one that was active" : "";
    return sentence(facts, { done: `switched on ${integration}${replaced}`, attempted: `switch on ${integration}` }, true);
  },
  "integration.deactivated": (facts) => {
    const integration = integrationOf(facts.details);
    return sentence(facts, { done: `switched off ${integration}`, attempted: `switch off ${integration}` });
  },
  "integration.key_replaced": (facts) => {
    const integration = integrationOf(facts.details);
    const hint = facts.details.key_hint ? ` with ${facts.details.key_hint}` : "";
    return sentence(
      facts,
      { done: `replaced the key of ${integration}${hint}`, attempted: `replace the key of ${integration}` },
      true,
    );
  },
  "integration.deleted": (facts) => {
    const integration = integrationOf(facts.details);
    return sentence(facts, { done: `deleted ${integration}`, attempted: `delete ${integration}` });
  },
  "integration.validated": (facts) => {
    const checked = `${facts.actor} checked the key of ${integrationOf(facts.details)}`;
    const result = facts.failed ? describeCheckFailure(facts.details) : describeCheckSuccess(facts.details);
    return result ? `${checked}; ${result}` : checked;
  },
  "integration.validation_failed": (facts) => {
    const checked = `${facts.actor} checked the key of ${integrationOf(facts.details)}`;
    const result = describeCheckFailure(facts.details) ?? `${providerNameOf(facts.details)} rejected it`;
    return `${checked}; ${result}`;
  },
  "integration.validation_unavailable": (facts) =>
    `${facts.actor} tried to check the key of ${integrationOf(facts.details)}; ${describeCheckUnavailable(facts.details)}`,
  "integration.decrypt_failed": (facts) =>
    `Switchboard could not decrypt the stored key of ${integrationOf(facts.details)} for ${facts.actor}`,

  "member.invited": (facts) => {
    const role = facts.details.role ? ` as ${facts.details.role}` : "";
    const invitee = facts.details.email ?? "someone";
    return sentence(facts, { done: `invited ${invitee}${role}`, attempted: `invite ${invitee}${role}` });
  },
  "member.joined": (facts) => {
    const role = facts.details.role ? ` as ${facts.details.role}` : "";
    return sentence(facts, { done: `joined the organization${role}`, attempted: `join the organization${role}` });
  },
  "member.role_changed": (facts) => {
    const { previous_role: previousRole, role } = facts.details;
    const change = role ? `${previousRole ? ` from ${previousRole}` : ""} to ${role}` : "";
    const member = memberOf(facts.details);
    return sentence(facts, {
      done: `changed the role of ${member}${change}`,
      attempted: `change the role of ${member}${change}`,
    });
  },
  "member.removed": (facts) => {
    const member = memberOf(facts.details);
    return sentence(facts, {
      done: `removed ${member} from the organization`,
      attempted: `remove ${member} from the organization`,
    });
  },
  "invitation.revoked": (facts) => {
    const invitation = facts.details.email ? `the invitation of ${facts.details.email}` : "an invitation";
    return sentence(facts, { done: `revoked ${invitation}`, attempted: `revoke ${invitation}` });
  },
  "api_token.created": (facts) => {
    const role = facts.details.role ? ` with the ${facts.details.role} role` : "";
    const token = tokenOf(facts.details);
    return sentence(facts, { done: `created ${token}${role}`, attempted: `create ${token}${role}` });
  },
  "api_token.revoked": (facts) => {
    const token = tokenOf(facts.details);
    return sentence(facts, { done: `revoked ${token}`, attempted: `revoke ${token}` });
  },
};

// Action names are written by Switchboard's code; anything else is not printed.
const ACTION_NAME_PATTERN = /^[a-z_]+(\.[a-z_]+)*$/;

function describeUnknownAction(action: string, facts: EventFacts): string {
  const name = ACTION_NAME_PATTERN.test(action) && action.length <= 64 ? action : "an unrecognized action";
  return `${facts.actor} ${facts.failed ? "tried" : "performed"} ${name}`;
}

/**
 * Describes an audit event in one sentence a person reads, such as
 * "admin@example.com switched on the OpenAI integration". Only allow-listed
 * details (see allowedAuditDetails) are ever printed; missing or unexpected
 * details leave a shorter sentence, never an error.
 */
export function describeAuditEvent(event: DescribableAuditEvent): string {
  const facts: EventFacts = {
    actor: event.actorLabel || "anonymous",
    failed: event.outcome !== "success",
    details: allowedAuditDetails(event.details),
  };
  const describer = Object.hasOwn(DESCRIBERS, event.action) ? DESCRIBERS[event.action as AuditAction] : undefined;
  return describer ? describer(facts) : describeUnknownAction(event.action, facts);
}
