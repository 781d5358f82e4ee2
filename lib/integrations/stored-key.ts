import "server-only";

import { keyHint } from "@/lib/crypto/key-hint";
import { masterKeys } from "@/lib/crypto/master-keys";
import { decryptProviderKey, encryptProviderKey, KeyDecryptionError } from "@/lib/crypto/provider-key-cipher";
import type { ProviderIntegration } from "@/lib/generated/prisma/client";

/** The key columns of an integration row. */
export type StoredKeyColumns = Pick<ProviderIntegration, "keyCiphertext" | "keyNonce" | "keyId" | "keyHint">;

type RowIdentity = Pick<ProviderIntegration, "id" | "organizationId" | "providerName">;

/** Encrypts a key for one row (bound to its organization, provider and id) and computes its hint. */
export function sealKeyForRow(plaintext: string, row: RowIdentity): StoredKeyColumns {
  const sealed = encryptProviderKey(
    plaintext,
    { organizationId: row.organizationId, providerName: row.providerName, integrationId: row.id },
    masterKeys(),
  );
  return {
    keyCiphertext: sealed.ciphertext.toString("base64"),
    keyNonce: sealed.nonce.toString("base64"),
    keyId: sealed.keyId,
    keyHint: keyHint(plaintext),
  };
}

/**
 * Decrypts a row's stored key. Returns null when no key is stored; throws
 * KeyDecryptionError when the ciphertext cannot be trusted, so a ciphertext
 * is never mistaken for a key and sent to a provider.
 */
export function openStoredKey(row: RowIdentity & StoredKeyColumns): string | null {
  if (!row.keyCiphertext) return null;
  if (!row.keyNonce || !row.keyId) throw new KeyDecryptionError("authentication_failed");
  return decryptProviderKey(
    {
      ciphertext: Buffer.from(row.keyCiphertext, "base64"),
      nonce: Buffer.from(row.keyNonce, "base64"),
      keyId: row.keyId,
    },
    { organizationId: row.organizationId, providerName: row.providerName, integrationId: row.id },
    masterKeys(),
  );
}
