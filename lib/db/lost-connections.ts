import type { Pool, PoolClient } from "pg";

import { describeError, logger } from "@/lib/logger";

/** Releases a checked-out connection unless handleLostConnections already released it. */
export type ReleaseConnection = (client: PoolClient, error?: Error) => void;

/**
 * Handles a PostgreSQL session that ends (a server restart, a failover) while
 * its connection is checked out from the pool:
 *
 * - The connection's "error" event is logged. Without a listener, Node would
 *   throw it and end the process.
 * - The connection is released, so the pool discards it. Prisma 6.19 releases
 *   an interactive transaction's connection only after its ROLLBACK succeeds,
 *   which it cannot once the session is gone. Without this, every transaction
 *   cut off by a restart would keep a connection for good, and after
 *   DATABASE_POOL_SIZE of them every query would wait forever.
 *
 * pg-pool releases the connections of pool.query() itself before the session
 * end is reported, so those are left alone. Code that checks out connections
 * must release them through the returned function, because pg-pool throws on
 * a second release.
 */
export function handleLostConnections(pool: Pool): ReleaseConnection {
  const checkedOut = new Set<PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("remove", (client) => checkedOut.delete(client));

  pool.on("connect", (client) => {
    // Idle connections report errors through the pool's own "error" event instead.
    client.on("error", (error) => {
      if (checkedOut.has(client)) logger.warn({ err: describeError(error) }, "A PostgreSQL connection in use failed");
    });
    client.once("end", () => {
      if (!checkedOut.has(client)) return;
      logger.warn("A PostgreSQL session ended while its connection was in use; the pool discards the connection");
      // Releasing with an error makes the pool discard the connection.
      client.release(new Error("The PostgreSQL session ended while the connection was checked out"));
    });
  });

  return (client, error) => {
    if (checkedOut.has(client)) client.release(error);
  };
}
