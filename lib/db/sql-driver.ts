import path from "node:path";

import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Pool } from "pg";

import { logger, describeError } from "@/lib/logger";
import { lockDataFolder } from "@/lib/db/data-folder-lock";
import { handleLostConnections } from "@/lib/db/lost-connections";

/** Where a database lives: a PGlite folder (null for in-memory), or a PostgreSQL server URL. */
export type DatabaseTarget = { engine: "pglite"; dataDir: string | null } | { engine: "postgres"; url: string };

/**
 * Plain SQL on the same database Prisma uses, for what Prisma cannot do:
 * running migration files of several statements, and advisory locks.
 */
export type SqlDriver = {
  engine: DatabaseTarget["engine"];
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs work on one connection inside BEGIN … COMMIT, rolling back on error. */
  transaction<T>(work: (connection: Pick<SqlDriver, "exec" | "query">) => Promise<T>): Promise<T>;
  prismaAdapter(): SqlDriverAdapterFactory;
  close(): Promise<void>;
};

export async function openSqlDriver(target: DatabaseTarget): Promise<SqlDriver> {
  return target.engine === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}

async function openPglite(dataDir: string | null): Promise<SqlDriver> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");

  const release = dataDir ? lockDataFolder(dataDir) : () => {};
  let database: PGlite;
  try {
    database = dataDir ? new PGlite(path.join(dataDir, "pgdata")) : new PGlite();
    await database.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  process.once("exit", release);

  const connection = {
    exec: async (sql: string) => {
      await database.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await database.query<Row>(sql, params)).rows,
  };

  return {
    engine: "pglite",
    ...connection,
    // PGlite is one connection, so its own transaction() serializes work.
    transaction: (work) =>
      database.transaction(async (tx) =>
        work({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <Row>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
        }),
      ),
    prismaAdapter: () => new PrismaPGlite(database) as unknown as SqlDriverAdapterFactory,
    close: async () => {
      await database.close();
      release();
      process.removeListener("exit", release);
    },
  };
}

async function openPostgres(url: string): Promise<SqlDriver> {
  const { default: pg } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");

  const pool: Pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
  // An idle connection that the server drops (a restart, a failover) emits an
  // error on the pool; without a listener it would crash the process.
  pool.on("error", (error) => logger.warn({ err: describeError(error) }, "An idle PostgreSQL connection failed; the pool replaces it"));
  const releaseConnection = handleLostConnections(pool);

  return {
    engine: "postgres",
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        releaseConnection(client);
      }
    },
    prismaAdapter: () => new PrismaPg(pool) as unknown as SqlDriverAdapterFactory,
    close: () => pool.end(),
  };
}
