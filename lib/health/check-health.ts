import "server-only";

import { masterKeys } from "@/lib/crypto/master-keys";
import { getDatabase } from "@/lib/db/database";
import { pendingMigrations } from "@/lib/db/migrations";
import { describeError, logger } from "@/lib/logger";

export type HealthReport = { healthy: boolean; checks: { database: boolean; migrations: boolean; encryptionKey: boolean } };

/**
 * Checks whether this instance can serve: the database responds, every
 * committed migration is applied, and the master key is loaded. Failures are
 * logged here, because callers give anonymous load balancers no details.
 */
export async function checkHealth(): Promise<HealthReport> {
  const checks = { database: false, migrations: false, encryptionKey: false };
  try {
    masterKeys();
    checks.encryptionKey = true;
  } catch (error) {
    logger.error({ err: describeError(error) }, "Health check: the encryption key is not usable");
  }
  try {
    const database = await getDatabase();
    await database.sql.query("SELECT 1");
    checks.database = true;
    checks.migrations = (await pendingMigrations(database.sql)).length === 0;
  } catch (error) {
    logger.error({ err: describeError(error) }, "Health check: the database is not reachable");
  }
  return { healthy: checks.database && checks.migrations && checks.encryptionKey, checks };
}
