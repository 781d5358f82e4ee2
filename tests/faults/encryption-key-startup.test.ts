// A server without a usable master key must not start: it could neither read
// the stored provider keys nor store new ones safely. The message must name
// SWITCHBOARD_ENCRYPTION_KEYS and never print the configured value.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { describeExit, ensureProductionBuild, launchAppServer, waitForExit } from "@/tests/support/app-server";

const EXIT_TIMEOUT_MS = 120_000;
// The server stops at the configuration check, before it connects to any database.
const UNCONTACTED_DATABASE_URL = "postgresql://postgres@127.0.0.1:1/never_contacted";

const SIXTEEN_BYTE_KEY = randomBytes(16).toString("base64");

const CASES = [
  {
    label: "missing with DATABASE_URL",
    value: undefined,
    database: "postgres",
    message: "SWITCHBOARD_ENCRYPTION_KEYS is required when DATABASE_URL is set",
  },
  {
    label: "16-byte key",
    value: `k1:${SIXTEEN_BYTE_KEY}`,
    database: "pglite",
    message: 'SWITCHBOARD_ENCRYPTION_KEYS key "k1" decodes to 16 bytes; each key must be exactly 32 bytes',
  },
  {
    label: "passphrase instead of a key",
    value: "k1:correct horse battery staple!",
    database: "postgres",
    message: 'SWITCHBOARD_ENCRYPTION_KEYS key "k1" is not valid base64',
  },
  {
    label: "no key id",
    value: randomBytes(32).toString("base64"),
    database: "postgres",
    message: "SWITCHBOARD_ENCRYPTION_KEYS entry 1 is invalid",
  },
] as const;

describe("start-up with an unusable encryption key", () => {
  let dataDir: string;

  beforeAll(async () => {
    await ensureProductionBuild();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-badkey-"));
  }, 900_000);

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test.each(CASES)("$label stops start-up", async ({ value, database, message }) => {
    const server = await launchAppServer({
      env: {
        SWITCHBOARD_ENCRYPTION_KEYS: value,
        ...(database === "postgres" ? { DATABASE_URL: UNCONTACTED_DATABASE_URL } : { SWITCHBOARD_DATA_DIR: dataDir }),
      },
    });
    try {
      const status = await waitForExit(server, EXIT_TIMEOUT_MS);

      expect(status, `the server still runs after ${EXIT_TIMEOUT_MS} ms:\n${server.output()}`).not.toBeNull();
      expect(status?.code, describeExit(status ?? { code: null, signal: null })).not.toBe(0);
      expect(startupFailureReason(server.output())).toContain(message);
      if (value) expect(server.output()).not.toContain(value.slice(value.indexOf(":") + 1));
    } finally {
      await server.stop();
    }
  });
});

/** Returns the reason of the server's "Start-up failed" log line, or null when it logged none. */
function startupFailureReason(output: string): string | null {
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { msg?: string; reason?: string };
    if (entry.msg === "Start-up failed") return entry.reason ?? null;
  }
  return null;
}
