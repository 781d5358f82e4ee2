import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, test } from "vitest";

import { loadAuthSecret } from "@/lib/auth/auth-secret";
import { loadMasterKeys } from "@/lib/crypto/master-keys";

describe("secrets generated on the embedded database", () => {
  const saved = { ...process.env };
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-secrets-"));
    process.env.SWITCHBOARD_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    delete process.env.SWITCHBOARD_ENCRYPTION_KEYS;
    delete process.env.AUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
  });
  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("the master key is generated once with mode 0600", () => {
    const first = loadMasterKeys();
    const second = loadMasterKeys();
    expect(second.current.key.equals(first.current.key)).toBe(true);
    expect(first.current.key).toHaveLength(32);
    const stat = fs.statSync(path.join(dataDir, "secrets", "encryption-keys"));
    expect(stat.mode & 0o777).toBe(0o600);
  });

  test("the auth secret is generated once with mode 0600", () => {
    const first = loadAuthSecret();
    expect(loadAuthSecret()).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const stat = fs.statSync(path.join(dataDir, "secrets", "auth-secret"));
    expect(stat.mode & 0o777).toBe(0o600);
  });

  test("with DATABASE_URL the auth secret is required", () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test";
    expect(() => loadAuthSecret()).toThrow(/AUTH_SECRET is required when DATABASE_URL is set/);
  });

  test("a short AUTH_SECRET is rejected naming the variable", () => {
    process.env.AUTH_SECRET = "too-short";
    expect(() => loadAuthSecret()).toThrow(/AUTH_SECRET is 9 characters long/);
  });

  test("NEXTAUTH_SECRET is accepted in place of AUTH_SECRET", () => {
    process.env.NEXTAUTH_SECRET = "n".repeat(40);
    expect(loadAuthSecret()).toBe("n".repeat(40));
  });
});
