import { dataDirectory, describeDatabase, isEmbeddedDatabase } from "@/lib/config";
import { lockDataFolder } from "@/lib/db/data-folder-lock";
import { logger } from "@/lib/logger";
import { checkStartupConfiguration } from "@/lib/startup/startup-checks";

/**
 * Stops the server process when a required setting is missing or malformed,
 * or when another process uses the embedded data folder. The log line names
 * the variable or the folder.
 */
export function checkConfigurationOrExit(): void {
  try {
    checkStartupConfiguration();
    // The database opens on the first request. Taking the folder's lock now
    // makes a second server on the same folder stop at start-up, instead of
    // serving and failing every request that needs the database.
    if (isEmbeddedDatabase()) {
      const release = lockDataFolder(dataDirectory());
      process.once("exit", release);
    }
  } catch (error) {
    logger.fatal({ reason: (error as Error).message }, "Start-up failed");
    process.exit(1);
  }
  logger.info({ database: describeDatabase() }, "Switchboard server starting");
}
