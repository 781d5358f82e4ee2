import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import type { MasterKeyRing } from "@/lib/crypto/master-keys";

const ALGORITHM = "aes-256-gcm";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** The row a ciphertext belongs to. It is authenticated data, so a ciphertext copied to another row fails to decrypt. */
export type KeyBinding = {
  organizationId: string;
  providerName: string;
  integrationId: string;
};

/** An encrypted provider key as stored: ciphertext with its tag appended, the nonce, and the master key's id. */
export type SealedKey = {
  ciphertext: Buffer;
  nonce: Buffer;
  keyId: string;
};

/** The stored key cannot be decrypted: its master key is missing, or the ciphertext or its row binding changed. */
export class KeyDecryptionError extends Error {
  constructor(readonly reason: "unknown_master_key" | "authentication_failed") {
    super(
      reason === "unknown_master_key"
        ? "The master key that encrypted this provider key is not configured."
        : "The stored provider key failed authentication: it was changed or belongs to another row.",
    );
    this.name = "KeyDecryptionError";
  }
}

function associatedData(binding: KeyBinding): Buffer {
  return Buffer.from(
    `switchboard/provider-key/v1|${binding.organizationId}|${binding.providerName}|${binding.integrationId}`,
    "utf8",
  );
}

/** Encrypts a provider key with AES-256-GCM under the current master key and a fresh random 96-bit nonce. */
export function encryptProviderKey(plaintext: string, binding: KeyBinding, ring: MasterKeyRing): SealedKey {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, ring.current.key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(binding));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: Buffer.concat([body, cipher.getAuthTag()]), nonce, keyId: ring.current.id };
}

/** Decrypts a stored provider key; throws KeyDecryptionError when it cannot be trusted. */
export function decryptProviderKey(sealed: SealedKey, binding: KeyBinding, ring: MasterKeyRing): string {
  const masterKey = ring.byId.get(sealed.keyId);
  if (!masterKey) throw new KeyDecryptionError("unknown_master_key");
  if (sealed.nonce.length !== NONCE_BYTES || sealed.ciphertext.length < TAG_BYTES) {
    throw new KeyDecryptionError("authentication_failed");
  }

  const body = sealed.ciphertext.subarray(0, sealed.ciphertext.length - TAG_BYTES);
  const tag = sealed.ciphertext.subarray(sealed.ciphertext.length - TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, masterKey.key, sealed.nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(binding));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    // GCM reports every mismatch (wrong key, changed bytes, other row) the same way.
    throw new KeyDecryptionError("authentication_failed");
  }
}
