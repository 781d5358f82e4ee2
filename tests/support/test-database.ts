import { randomBytes } from "node:crypto";

import pg from "pg";

import { openDatabase, useDatabase, type Database } from "@/lib/db/database";

export type TestEngine = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export function testEngines(): TestEngine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDatabase = Database & { engine: TestEngine; url: string | null; drop(): Promise<void> };

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  return url;
}

/** A URL of the TEST_DATABASE_URL server pointing at another database on it. */
export function urlForDatabase(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database on the PostgreSQL server and returns its name. */
export async function createEmptyPostgresDatabase(): Promise<string> {
  const name = `switchboard_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return name;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database of the given engine, isolated from every other
 * test: an in-memory PGlite, or a new database on the PostgreSQL server that
 * drop() removes. It also becomes this test process's database.
 */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === "pglite") {
    const database = await openDatabase({ engine: "pglite", dataDir: null });
    useDatabase(database);
    return { ...database, engine, url: null, drop: () => database.close() };
  }
  const name = await createEmptyPostgresDatabase();
  const url = urlForDatabase(name);
  const database = await openDatabase({ engine: "postgres", url });
  useDatabase(database);
  return {
    ...database,
    engine,
    url,
    drop: async () => {
      await database.close();
      await dropPostgresDatabase(name);
    },
  };
}
