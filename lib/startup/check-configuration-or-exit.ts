import { describeDatabase } from "@/lib/config";
import { logger } from "@/lib/logger";
import { checkStartupConfiguration } from "@/lib/startup/startup-checks";

/** Stops the server process when a required setting is missing or malformed; the log line names the variable. */
export function checkConfigurationOrExit(): void {
  try {
    checkStartupConfiguration();
  } catch (error) {
    logger.fatal({ reason: (error as Error).message }, "Start-up failed");
    process.exit(1);
  }
  logger.info({ database: describeDatabase() }, "Switchboard server starting");
}
