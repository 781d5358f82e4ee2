import { afterEach, describe, expect, test } from "vitest";

import { loadMasterKeys, parseMasterKeys } from "@/lib/crypto/master-keys";
import { ConfigurationError } from "@/lib/errors";

const validKey = Buffer.alloc(32, 9).toString("base64");

describe("master key parsing", () => {
  test("the first key encrypts and every key decrypts", () => {
    const other = Buffer.alloc(32, 3).toString("base64");
    const ring = parseMasterKeys(`k2:${validKey}, k1:${other}`);
    expect(ring.current.id).toBe("k2");
    expect([...ring.byId.keys()]).toEqual(["k2", "k1"]);
  });

  test.each([
    ["a 16-byte key", `k1:${Buffer.alloc(16, 1).toString("base64")}`, /decodes to 16 bytes/],
    ["a 33-byte key", `k1:${Buffer.alloc(33, 1).toString("base64")}`, /decodes to 33 bytes/],
    ["a hex string", `k1:${"ab".repeat(32)}`, /decodes to 48 bytes/],
    ["a passphrase", "k1:correct horse battery staple", /not valid base64/],
    ["a missing key id", validKey, /entry 1 is invalid/],
    ["an empty value", " , ", /is empty/],
    ["a repeated key id", `k1:${validKey},k1:${validKey}`, /twice/],
  ])("rejects %s, naming the variable", (_label, value, message) => {
    expect(() => parseMasterKeys(value)).toThrow(ConfigurationError);
    expect(() => parseMasterKeys(value)).toThrow(/SWITCHBOARD_ENCRYPTION_KEYS/);
    expect(() => parseMasterKeys(value)).toThrow(message);
  });

  test("error messages never contain the key material", () => {
    const shortKey = Buffer.alloc(16, 5).toString("base64");
    try {
      parseMasterKeys(`k1:${shortKey}`);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(shortKey);
    }
  });
});

describe("master key loading", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test("with DATABASE_URL and no keys, start-up fails with a how-to", () => {
    delete process.env.SWITCHBOARD_ENCRYPTION_KEYS;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test";
    expect(() => loadMasterKeys()).toThrow(/SWITCHBOARD_ENCRYPTION_KEYS is required when DATABASE_URL is set/);
    expect(() => loadMasterKeys()).toThrow(/openssl rand -base64 32/);
  });

  test("a 16-byte key in the environment fails naming the variable", () => {
    process.env.SWITCHBOARD_ENCRYPTION_KEYS = `k1:${Buffer.alloc(16, 1).toString("base64")}`;
    expect(() => loadMasterKeys()).toThrow(/SWITCHBOARD_ENCRYPTION_KEYS key "k1" decodes to 16 bytes/);
  });
});
