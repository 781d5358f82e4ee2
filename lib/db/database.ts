import { databaseUrl, dataDirectory, describeDatabase } from "@/lib/config";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrations";
import { openSqlDriver, type DatabaseTarget, type SqlDriver } from "@/lib/db/sql-driver";
import { logger } from "@/lib/logger";

/** An open database: Prisma for the application's queries, plain SQL beside it on the same connection pool. */
export type Database = {
  prisma: PrismaClient;
  sql: SqlDriver;
  target: DatabaseTarget;
  close(): Promise<void>;
};

/** The database this process is configured for: DATABASE_URL, or PGlite in the data folder. */
export function configuredTarget(): DatabaseTarget {
  const url = databaseUrl();
  return url ? { engine: "postgres", url } : { engine: "pglite", dataDir: dataDirectory() };
}

/** Opens a database and applies pending migrations before anything queries it. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const sql = await openSqlDriver(target);
  try {
    const applied = await applyMigrations(sql);
    if (applied.length > 0) logger.info({ migrations: applied }, "Applied database migrations");
  } catch (error) {
    await sql.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: sql.prismaAdapter() });
  return {
    prisma,
    sql,
    target,
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

// Kept on globalThis so that Next's development reloads reuse one connection,
// which PGlite requires (one process, one open data folder).
const holder = globalThis as typeof globalThis & { switchboardDatabase?: Promise<Database> };

/** The process-wide database, opened on first use. */
export function getDatabase(): Promise<Database> {
  if (!holder.switchboardDatabase) {
    logger.info({ database: describeDatabase() }, "Opening the database");
    const opening = openDatabase(configuredTarget());
    // A failed open is not cached, so the next request tries again.
    opening.catch(() => {
      if (holder.switchboardDatabase === opening) holder.switchboardDatabase = undefined;
    });
    holder.switchboardDatabase = opening;
  }
  return holder.switchboardDatabase;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

/** Installs an already open database as the process-wide one (tests, scripts). */
export function useDatabase(database: Database): void {
  holder.switchboardDatabase = Promise.resolve(database);
}

/** Closes the process-wide database, if one was opened. */
export async function closeDatabase(): Promise<void> {
  const current = holder.switchboardDatabase;
  holder.switchboardDatabase = undefined;
  if (current) await (await current).close();
}
