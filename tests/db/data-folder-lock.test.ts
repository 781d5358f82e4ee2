import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { openDatabase, type Database } from "@/lib/db/database";
import { DataFolderLockedError, lockDataFolder } from "@/lib/db/data-folder-lock";

describe("embedded data folder lock", () => {
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-lock-"));
    database = await openDatabase({ engine: "pglite", dataDir });
    await database.prisma.organization.create({ data: { id: "ORG_0000000000000001", name: "Kept" } });
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("a second process is refused with a clear message", () => {
    const script = `
      import { lockDataFolder } from "./lib/db/data-folder-lock.ts";
      try { lockDataFolder(${JSON.stringify(dataDir)}); console.log("LOCKED"); }
      catch (error) { console.log(error.message); }
    `;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      cwd: process.cwd(),
    });
    expect(result.stdout).not.toContain("LOCKED");
    expect(result.stdout).toContain(`is in use by process ${process.pid}`);
    expect(result.stdout).toContain("SWITCHBOARD_DATA_DIR");
  });

  test("the data stays intact after the refusal", async () => {
    expect(await database.prisma.organization.findUnique({ where: { id: "ORG_0000000000000001" } })).toMatchObject({
      name: "Kept",
    });
  });

  test("a lock left by a dead process is taken over", () => {
    const staleDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-stale-"));
    fs.writeFileSync(
      path.join(staleDir, "switchboard.lock"),
      JSON.stringify({ pid: 999_999_999, hostname: os.hostname(), startedAt: "2020-01-01T00:00:00Z" }),
    );
    const release = lockDataFolder(staleDir);
    expect(JSON.parse(fs.readFileSync(path.join(staleDir, "switchboard.lock"), "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(staleDir, "switchboard.lock"))).toBe(false);
    fs.rmSync(staleDir, { recursive: true, force: true });
  });

  test("the error type names the owner", () => {
    expect(new DataFolderLockedError("/x", { pid: 42, hostname: "h", startedAt: "t" }).message).toContain("process 42 on h");
  });
});
