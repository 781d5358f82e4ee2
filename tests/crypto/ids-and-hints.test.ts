import { describe, expect, test } from "vitest";

import { keyHint } from "@/lib/crypto/key-hint";
import { generateOrganizationId, isOrganizationId } from "@/lib/ids";

describe("organization ids", () => {
  test("are ORG_ and 16 upper-case hex characters", () => {
    for (let i = 0; i < 200; i += 1) expect(generateOrganizationId()).toMatch(/^ORG_[0-9A-F]{16}$/);
  });

  test("are unique", () => {
    const ids = new Set(Array.from({ length: 1000 }, generateOrganizationId));
    expect(ids.size).toBe(1000);
  });

  test.each([
    ["ORG_A1B2C3D4E5F6G7H8", true],
    ["ORG_0123456789ABCDEF", true],
    ["ORG_0123456789abcdef", false],
    ["ORG_0123456789ABCDE", false],
    ["org_0123456789ABCDEF", false],
    ["ORG_0123456789ABCDEF0", false],
    ["ORG_0123456789ABCDE'", false],
  ])("%s is valid: %s", (id, valid) => {
    expect(isOrganizationId(id)).toBe(valid);
  });
});

describe("key hints", () => {
  test.each([
    ["sk-proj-abcdefghijklmnopqrstuvwxyz0123AbCd", "sk-proj…AbCd"],
    ["sk-abcdefghijklmnopqrstuvwxyzAbCd", "sk-…AbCd"],
    [`sk-ant-api03-${"x".repeat(93)}AA`, "sk-ant-…xxAA"],
    ["0123456789abcdef0123456789abcdef", "…cdef"],
    ["short-key", "…ey"],
  ])("%s gives %s", (key, hint) => {
    expect(keyHint(key)).toBe(hint);
  });

  test("never reveals more than four characters of the secret part", () => {
    const key = "sk-proj-SECRETSECRETSECRET1234";
    expect(keyHint(key)).not.toContain("SECRET");
  });
});
