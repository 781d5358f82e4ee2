import { randomBytes } from "node:crypto";

import { isEmbeddedDatabase } from "@/lib/config";
import { readOrCreateSecretFile } from "@/lib/crypto/secret-files";
import { ConfigurationError } from "@/lib/errors";

export const ENCRYPTION_KEYS_VARIABLE = "SWITCHBOARD_ENCRYPTION_KEYS";
const GENERATED_KEYS_FILE = "encryption-keys";
const KEY_BYTES = 32;
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const GENERATE_KEY_HINT =
  'Generate one with: echo "k1:$(openssl rand -base64 32)"';

export type MasterKey = { id: string; key: Buffer };

/** Master keys in order: the first encrypts, every one of them decrypts. */
export type MasterKeyRing = {
  current: MasterKey;
  byId: ReadonlyMap<string, MasterKey>;
};

/**
 * Parses "keyId:base64,keyId:base64". Each key must be strict base64 of exactly
 * 32 bytes: a passphrase or a hex string is rejected instead of being decoded
 * into a shorter key. Messages name the variable and the key id, never a value.
 */
export function parseMasterKeys(value: string, variable = ENCRYPTION_KEYS_VARIABLE): MasterKeyRing {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) {
    throw new ConfigurationError(`${variable} is empty. ${GENERATE_KEY_HINT}`);
  }

  const keys: MasterKey[] = [];
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(":");
    const id = separator > 0 ? entry.slice(0, separator) : "";
    const encoded = separator > 0 ? entry.slice(separator + 1) : "";
    const position = `entry ${index + 1}`;

    if (!KEY_ID_PATTERN.test(id)) {
      throw new ConfigurationError(
        `${variable} ${position} is invalid: expected "keyId:base64" with a key id of letters, digits, "_" or "-". ${GENERATE_KEY_HINT}`,
      );
    }
    if (keys.some((key) => key.id === id)) {
      throw new ConfigurationError(`${variable} names key id "${id}" twice; each key id must be unique.`);
    }
    if (!BASE64_PATTERN.test(encoded)) {
      throw new ConfigurationError(`${variable} key "${id}" is not valid base64. ${GENERATE_KEY_HINT}`);
    }
    const key = Buffer.from(encoded, "base64");
    if (key.length !== KEY_BYTES) {
      throw new ConfigurationError(
        `${variable} key "${id}" decodes to ${key.length} bytes; each key must be exactly ${KEY_BYTES} bytes. ${GENERATE_KEY_HINT}`,
      );
    }
    keys.push({ id, key });
  });

  return { current: keys[0], byId: new Map(keys.map((key) => [key.id, key])) };
}

/**
 * Loads the master keys from SWITCHBOARD_ENCRYPTION_KEYS. On the embedded
 * database, when the variable is unset, a key is generated once into the data
 * folder; with DATABASE_URL set, a missing variable stops start-up.
 */
export function loadMasterKeys(): MasterKeyRing {
  const configured = process.env[ENCRYPTION_KEYS_VARIABLE];
  if (configured !== undefined && configured.trim() !== "") {
    return parseMasterKeys(configured);
  }
  if (!isEmbeddedDatabase()) {
    throw new ConfigurationError(
      `${ENCRYPTION_KEYS_VARIABLE} is required when DATABASE_URL is set. ${GENERATE_KEY_HINT}`,
    );
  }
  const generated = readOrCreateSecretFile(
    GENERATED_KEYS_FILE,
    () => `k1:${randomBytes(KEY_BYTES).toString("base64")}`,
    "Keep this file: without it the stored provider keys cannot be decrypted.",
  );
  return parseMasterKeys(generated, `${ENCRYPTION_KEYS_VARIABLE} (generated file ${GENERATED_KEYS_FILE})`);
}

let cachedRing: MasterKeyRing | undefined;

/** The master keys of this process, loaded once. */
export function masterKeys(): MasterKeyRing {
  cachedRing ??= loadMasterKeys();
  return cachedRing;
}

/** Forgets the cached keys, so the next call reads the environment again (tests and rotation). */
export function resetMasterKeysCache(): void {
  cachedRing = undefined;
}
