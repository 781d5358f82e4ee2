import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type { SqlDriver } from "@/lib/db/sql-driver";

/** A committed migration: prisma/migrations/<name>/migration.sql. */
export type MigrationFile = { name: string; sql: string; checksum: string };

// Any constant works; it only has to be the same in every instance.
const MIGRATION_LOCK_ID = 7_404_112_026;

export function migrationsDirectory(): string {
  return path.resolve(
    /* turbopackIgnore: true */ process.env.SWITCHBOARD_MIGRATIONS_DIR?.trim() || path.join(process.cwd(), "prisma", "migrations"),
  );
}

export function readMigrationFiles(directory = migrationsDirectory()): MigrationFile[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// The table and checksum are Prisma Migrate's own, so `prisma migrate status`
// and `prisma migrate deploy` agree with what this runner applied.
const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string };

/** The names of committed migrations not yet applied to the database. */
export async function pendingMigrations(driver: Pick<SqlDriver, "query">, files = readMigrationFiles()): Promise<string[]> {
  const exists = await driver.query<{ present: boolean }>(
    "SELECT to_regclass('\"_prisma_migrations\"') IS NOT NULL AS present",
  );
  if (!exists[0]?.present) return files.map((file) => file.name);
  const applied = await driver.query<AppliedRow>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const appliedNames = new Set(applied.map((row) => row.migration_name));
  return files.filter((file) => !appliedNames.has(file.name)).map((file) => file.name);
}

/**
 * Applies every pending migration in one transaction, under an advisory lock
 * so that instances starting together apply each migration once. PostgreSQL
 * DDL is transactional, so a failing migration leaves the schema untouched.
 * A migration file changed after it was applied stops the run.
 * Returns the names of the migrations it applied.
 */
export async function applyMigrations(driver: SqlDriver, files = readMigrationFiles()): Promise<string[]> {
  return driver.transaction(async (connection) => {
    await connection.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_ID]);
    await connection.exec(CREATE_HISTORY_TABLE);

    const applied = await connection.query<AppliedRow>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const appliedChecksums = new Map(applied.map((row) => [row.migration_name, row.checksum]));

    const newlyApplied: string[] = [];
    for (const file of files) {
      const appliedChecksum = appliedChecksums.get(file.name);
      if (appliedChecksum !== undefined) {
        if (appliedChecksum !== file.checksum) {
          throw new Error(
            `Migration ${file.name} was changed after it was applied. Restore its original migration.sql and put the change in a new migration.`,
          );
        }
        continue;
      }
      await connection.exec(file.sql);
      await connection.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), file.checksum, file.name],
      );
      newlyApplied.push(file.name);
    }
    return newlyApplied;
  });
}
