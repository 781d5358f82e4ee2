import { randomBytes } from "node:crypto";

// Generated ids are hex, but the demo organization's fixed id
// (ORG_A1B2C3D4E5F6G7H8) has G and H in it, so stored ids are checked
// against upper-case letters and digits.
const ORGANIZATION_ID_PATTERN = /^ORG_[0-9A-Z]{16}$/;

/** Generates an organization id: "ORG_" + 16 upper-case hex characters (64 random bits). */
export function generateOrganizationId(): string {
  return `ORG_${randomBytes(8).toString("hex").toUpperCase()}`;
}

export function isOrganizationId(value: string): boolean {
  return ORGANIZATION_ID_PATTERN.test(value);
}
