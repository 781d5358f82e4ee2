// A fresh, empty database for one engine's run, removed again afterwards: a new
// PGlite folder, or a new database on the PostgreSQL server.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import type { DatabaseTarget } from "@/lib/db/sql-driver";

import type { EngineName } from "./bench-options";

export type BenchDatabase = {
  target: DatabaseTarget;
  /** The variables that point the server at this database. */
  serverEnvironment: Record<string, string>;
  remove(): Promise<void>;
};

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(engine: EngineName, postgresServerUrl: string | undefined): Promise<BenchDatabase> {
  const suffix = randomBytes(5).toString("hex");

  if (engine === "pglite") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `switchboard-bench-${suffix}-`));
    return {
      target: { engine: "pglite", dataDir },
      serverEnvironment: { SWITCHBOARD_DATA_DIR: dataDir },
      remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }

  if (!postgresServerUrl) throw new Error("A PostgreSQL server URL is required for the postgres engine.");
  const name = `switchboard_bench_${suffix}`;
  await runOnServer(postgresServerUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    target: { engine: "postgres", url: url.toString() },
    serverEnvironment: { DATABASE_URL: url.toString() },
    remove: () => runOnServer(postgresServerUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
