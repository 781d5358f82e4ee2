import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { openDatabase, useDatabase, type Database } from "@/lib/db/database";
import type { DatabaseTarget } from "@/lib/db/sql-driver";
import {
  createEmptyPostgresDatabase,
  dropPostgresDatabase,
  urlForDatabase,
  type TestEngine,
} from "@/tests/support/test-database";

/** A fresh database that both this test process and started app servers use. */
export type AppDatabase = {
  engine: TestEngine;
  target: DatabaseTarget;
  /** DATABASE_URL or SWITCHBOARD_DATA_DIR for an app server on this database. */
  env: Record<string, string>;
  /**
   * Opens the database here, applying migrations, and makes it this process's
   * database. PGlite allows one process per data folder, so close it before an
   * app server starts on the same folder.
   */
  open(): Promise<Database>;
  /** Drops the PostgreSQL database or deletes the PGlite data folder. */
  remove(): Promise<void>;
};

/** Creates an empty database: a new one on the TEST_DATABASE_URL server, or a new PGlite data folder. */
export async function createAppDatabase(engine: TestEngine): Promise<AppDatabase> {
  if (engine === "postgres") {
    const name = await createEmptyPostgresDatabase();
    const url = urlForDatabase(name);
    return appDatabaseFor(engine, { engine, url }, { DATABASE_URL: url }, () => dropPostgresDatabase(name));
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-app-"));
  return appDatabaseFor(engine, { engine, dataDir }, { SWITCHBOARD_DATA_DIR: dataDir }, async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

function appDatabaseFor(
  engine: TestEngine,
  target: DatabaseTarget,
  env: Record<string, string>,
  remove: () => Promise<void>,
): AppDatabase {
  return {
    engine,
    target,
    env,
    open: async () => {
      const database = await openDatabase(target);
      useDatabase(database);
      return database;
    },
    remove,
  };
}
