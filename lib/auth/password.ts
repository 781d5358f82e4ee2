import "server-only";

import { hash, verify } from "@node-rs/argon2";

// OWASP's baseline for argon2id: 19 MiB of memory, 2 passes, 1 lane. The
// algorithm is the number behind @node-rs/argon2's const enum Algorithm.Argon2id,
// which isolated modules cannot import.
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies a password against a stored hash. With no stored hash (unknown
 * email) it still verifies against a decoy hash, so both cases take the same
 * time and the response time does not tell whether the account exists.
 */
export async function verifyPassword(password: string, storedHash: string | null): Promise<boolean> {
  if (storedHash === null) {
    decoyHash ??= hashPassword("decoy password for unknown accounts");
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash cannot match any password.
    return false;
  }
}
