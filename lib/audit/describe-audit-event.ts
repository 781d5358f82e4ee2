import "server-only";

import type { AuditAction } from "@/lib/audit/audit-actions";
import { allowedAuditDetails, type AuditDetails } from "@/lib/audit/audit-details";
import {
  describeCheckRejection,
  describeCheckSuccess,
  describeCheckUnavailable,
  providerNameOf,
} from "@/lib/audit/describe-check-result";
import type { AuditEvent } from "@/lib/generated/prisma/client";

/** The parts of an audit event a description is built from. Details of any shape are accepted and filtered. */
export type DescribableAuditEvent = Pick<AuditEvent, "action" | "outcome" | "actorLabel"> & { details: unknown };

type EventFacts = { actor: string; failed: boolean; details: AuditDetails };

/**
 * An action as a verb phrase: what the actor did ("switched on the OpenAI
 * integration") and, for a failure, what they tried to do ("switch on …").
 */
type ActionPhrase = { done: string; attempted: string };

/**
 * Names the integration as the console does, with its key hint when the event
 * recorded one, so two integrations of one provider read differently.
 * Pass `withKey: false` where `key_hint` is a key other than the integration's
 * (a replacement key), which the sentence names itself.
 */
function integrationOf(details: AuditDetails, { withKey = true }: { withKey?: boolean } = {}): string {
  if (!details.provider) return "an integration";
  const key = withKey && details.key_hint ? ` (key ${details.key_hint})` : "";
  return `the ${providerNameOf(details)} integration${key}`;
}

function memberOf(details: AuditDetails): string {
  return details.email ?? "a member";
}

function tokenOf(details: AuditDetails): string {
  const name = details.name ? ` "${details.name}"` : "";
  const prefix = details.prefix ? ` (${details.prefix}…)` : "";
  return `the API token${name}${prefix}`;
}

function withRole(details: AuditDetails): string {
  return details.role ? ` as ${details.role}` : "";
}

/**
 * Joins a verb phrase to the actor. A failure adds its explanation after a
 * semicolon: the provider's rejection when a field was blamed, else the reason.
 */
function sentence({ actor, failed, details }: EventFacts, phrase: ActionPhrase): string {
  if (!failed) return `${actor} ${phrase.done}`;
  const explanation = details.field ? describeCheckRejection(details) : details.reason;
  return `${actor} tried to ${phrase.attempted}${explanation ? `; ${explanation}` : ""}`;
}

/**
 * Describes what a failed credential check was for. A check that guarded a
 * change reads as an attempt at that change ("tried to switch on …"), because
 * the change did not happen. A check on request reads as the check itself.
 */
function checkAttempt(facts: EventFacts, checkPhrase: string): string {
  // A rejected replacement key is not the integration's key, so it is not named as such.
  const integration = integrationOf(facts.details, { withKey: facts.details.purpose !== "replace_key" });
  switch (facts.details.purpose) {
    case "create":
      return `${facts.actor} tried to create ${integration}`;
    case "activate":
      return `${facts.actor} tried to switch on ${integration}`;
    case "replace_key":
      return `${facts.actor} tried to replace the key of ${integration}`;
    default:
      return `${facts.actor} ${checkPhrase} ${integration}`;
  }
}

function describeSignInFailure({ actor, details }: EventFacts): string {
  if (details.reason === "throttled") {
    const wait = details.retry_after_seconds === undefined ? "" : `; retry allowed after ${details.retry_after_seconds} s`;
    return `Sign-in for ${actor} was blocked after too many failed attempts${wait}`;
  }
  if (details.reason === "invalid_credentials") return `Sign-in failed for ${actor}: incorrect email or password`;
  return `Sign-in failed for ${actor}${details.reason ? `: ${details.reason}` : ""}`;
}

function describeDecryptFailure({ actor, details }: EventFacts): string {
  const failure = `Switchboard could not decrypt the stored key of ${integrationOf(details)} for ${actor}`;
  if (details.reason === "authentication_failed") return `${failure}; the ciphertext failed its integrity check`;
  if (details.reason !== "unknown_master_key") return failure;
  const masterKey = details.master_key_id ? ` ${details.master_key_id}` : "";
  return `${failure}; its master key${masterKey} is not configured`;
}

const DESCRIBERS: Record<AuditAction, (facts: EventFacts) => string> = {
  "sign_in.succeeded": (facts) => sentence(facts, { done: "signed in", attempted: "sign in" }),
  "sign_in.failed": describeSignInFailure,
  "organization.created": (facts) => {
    const organization = facts.details.name ? `the organization "${facts.details.name}"` : "the organization";
    return sentence(facts, { done: `created ${organization}`, attempted: `create ${organization}` });
  },

  "integration.created": (facts) => {
    const integration = integrationOf(facts.details);
    const state = facts.details.is_active === false ? ", switched off" : "";
    return sentence(facts, { done: `created ${integration}${state}`, attempted: `create ${integration}` });
  },
  "integration.updated": (facts) => {
    const integration = integrationOf(facts.details);
    return sentence(facts, { done: `updated ${integration}`, attempted: `update ${integration}` });
  },
  "integration.activated": (facts) => {
    const integration = integrationOf(facts.details);
    const replaced = facts.details.previous_integration_id ? ", switching off the one that was active" : "";
    return sentence(facts, { done: `switched on ${integration}${replaced}`, attempted: `switch on ${integration}` });
  },
  "integration.deactivated": (facts) => {
    const integration = integrationOf(facts.details);
    const replaced = facts.details.replaced_by_integration_id ? " because another one was switched on" : "";
    return sentence(facts, { done: `switched off ${integration}${replaced}`, attempted: `switch off ${integration}` });
  },
  "integration.key_replaced": (facts) => {
    const integration = integrationOf(facts.details, { withKey: false });
    const { previous_key_hint: previousHint, key_hint: hint } = facts.details;
    const from = previousHint ? ` ${previousHint}` : "";
    const to = hint ? ` with ${hint}` : "";
    return sentence(facts, {
      done: `replaced the key${from} of ${integration}${to}`,
      attempted: `replace the key of ${integration}`,
    });
  },
  "integration.deleted": (facts) => {
    const integration = integrationOf(facts.details);
    return sentence(facts, { done: `deleted ${integration}`, attempted: `delete ${integration}` });
  },
  "integration.validated": (facts) => {
    const checked = `${facts.actor} checked the key of ${integrationOf(facts.details)}`;
    if (!facts.failed) return `${checked}; ${describeCheckSuccess(facts.details)}`;
    return facts.details.field ? `${checked}; ${describeCheckRejection(facts.details)}` : checked;
  },
  "integration.validation_failed": (facts) =>
    `${checkAttempt(facts, "checked the key of")}; ${describeCheckRejection(facts.details)}`,
  "integration.validation_unavailable": (facts) =>
    `${checkAttempt(facts, "tried to check the key of")}; ${describeCheckUnavailable(facts.details)}`,
  "integration.decrypt_failed": describeDecryptFailure,

  "member.invited": (facts) => {
    const invitee = `${facts.details.email ?? "someone"}${withRole(facts.details)}`;
    return sentence(facts, { done: `invited ${invitee}`, attempted: `invite ${invitee}` });
  },
  "member.joined": (facts) => {
    if (facts.details.already_member) {
      return `${facts.actor} accepted an invitation${withRole(facts.details)} but was already a member`;
    }
    const role = withRole(facts.details);
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
    const token = `${tokenOf(facts.details)}${facts.details.role ? ` with the ${facts.details.role} role` : ""}`;
    return sentence(facts, { done: `created ${token}`, attempted: `create ${token}` });
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
