import { describe, expect, test } from "vitest";

import { parseMasterKeys } from "@/lib/crypto/master-keys";
import { decryptProviderKey, encryptProviderKey, KeyDecryptionError } from "@/lib/crypto/provider-key-cipher";

const keyA = Buffer.alloc(32, 1).toString("base64");
const keyB = Buffer.alloc(32, 2).toString("base64");
const binding = { organizationId: "ORG_0123456789ABCDEF", providerName: "openai", integrationId: "int-1" };
const plaintext = "sk-proj-unit-test-T3BlbkFJ-key";

describe("provider key cipher", () => {
  test("round trip returns the key", () => {
    const ring = parseMasterKeys(`a:${keyA}`);
    const sealed = encryptProviderKey(plaintext, binding, ring);
    expect(decryptProviderKey(sealed, binding, ring)).toBe(plaintext);
  });

  test("ciphertext never contains the key", () => {
    const sealed = encryptProviderKey(plaintext, binding, parseMasterKeys(`a:${keyA}`));
    expect(sealed.ciphertext.toString("utf8")).not.toContain(plaintext);
    expect(sealed.ciphertext.toString("base64")).not.toContain(Buffer.from(plaintext).toString("base64"));
  });

  test("each encryption uses a fresh 96-bit nonce", () => {
    const ring = parseMasterKeys(`a:${keyA}`);
    const first = encryptProviderKey(plaintext, binding, ring);
    const second = encryptProviderKey(plaintext, binding, ring);
    expect(first.nonce).toHaveLength(12);
    expect(first.nonce.equals(second.nonce)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
  });

  test("records the id of the master key that encrypted it", () => {
    const sealed = encryptProviderKey(plaintext, binding, parseMasterKeys(`new:${keyB},old:${keyA}`));
    expect(sealed.keyId).toBe("new");
  });

  test("tampered ciphertext fails authentication", () => {
    const ring = parseMasterKeys(`a:${keyA}`);
    const sealed = encryptProviderKey(plaintext, binding, ring);
    const tampered = Buffer.from(sealed.ciphertext);
    tampered[0] ^= 0x01;
    expect(() => decryptProviderKey({ ...sealed, ciphertext: tampered }, binding, ring)).toThrow(KeyDecryptionError);
  });

  test("wrong master key under the same id fails", () => {
    const sealed = encryptProviderKey(plaintext, binding, parseMasterKeys(`a:${keyA}`));
    expect(() => decryptProviderKey(sealed, binding, parseMasterKeys(`a:${keyB}`))).toThrow(KeyDecryptionError);
  });

  test("unknown master key id is reported as such", () => {
    const sealed = encryptProviderKey(plaintext, binding, parseMasterKeys(`a:${keyA}`));
    try {
      decryptProviderKey(sealed, binding, parseMasterKeys(`b:${keyB}`));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KeyDecryptionError);
      expect((error as KeyDecryptionError).reason).toBe("unknown_master_key");
    }
  });

  test.each([
    ["another organization", { ...binding, organizationId: "ORG_FEDCBA9876543210" }],
    ["another provider", { ...binding, providerName: "anthropic" }],
    ["another integration", { ...binding, integrationId: "int-2" }],
  ])("ciphertext copied to %s does not decrypt", (_label, otherRow) => {
    const ring = parseMasterKeys(`a:${keyA}`);
    const sealed = encryptProviderKey(plaintext, binding, ring);
    expect(() => decryptProviderKey(sealed, otherRow, ring)).toThrow(KeyDecryptionError);
  });

  test("an older key still decrypts after a new one is added first", () => {
    const sealed = encryptProviderKey(plaintext, binding, parseMasterKeys(`old:${keyA}`));
    expect(decryptProviderKey(sealed, binding, parseMasterKeys(`new:${keyB},old:${keyA}`))).toBe(plaintext);
  });
});
