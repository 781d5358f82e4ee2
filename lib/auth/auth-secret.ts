import { randomBytes } from "node:crypto";

import { isEmbeddedDatabase } from "@/lib/config";
import { readOrCreateSecretFile } from "@/lib/crypto/secret-files";
import { ConfigurationError } from "@/lib/errors";

const MIN_SECRET_LENGTH = 32;
const GENERATED_SECRET_FILE = "auth-secret";

/**
 * The secret that signs session tokens: AUTH_SECRET, or NEXTAUTH_SECRET as
 * next-auth 4 names it. On the embedded database, when both are unset, one is
 * generated once into the data folder; with DATABASE_URL set, it is required.
 */
export function loadAuthSecret(): string {
  for (const variable of ["AUTH_SECRET", "NEXTAUTH_SECRET"]) {
    const value = process.env[variable]?.trim();
    if (!value) continue;
    if (value.length < MIN_SECRET_LENGTH) {
      throw new ConfigurationError(
        `${variable} is ${value.length} characters long; it must be at least ${MIN_SECRET_LENGTH}. Generate one with: openssl rand -base64 32`,
      );
    }
    return value;
  }
  if (!isEmbeddedDatabase()) {
    throw new ConfigurationError(
      "AUTH_SECRET is required when DATABASE_URL is set (NEXTAUTH_SECRET is accepted too). Generate one with: openssl rand -base64 32",
    );
  }
  return readOrCreateSecretFile(
    GENERATED_SECRET_FILE,
    () => randomBytes(32).toString("base64"),
    "Without this file every session ends and users sign in again; no data is lost.",
  );
}

let cachedSecret: string | undefined;

export function authSecret(): string {
  cachedSecret ??= loadAuthSecret();
  return cachedSecret;
}
