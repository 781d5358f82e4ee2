import fs from "node:fs";
import path from "node:path";

import { dataDirectory } from "@/lib/config";
import { logger } from "@/lib/logger";

/** The folder where the embedded mode keeps the secrets it generated for itself. */
export function generatedSecretsDirectory(): string {
  return path.join(dataDirectory(), "secrets");
}

/**
 * Reads a secret generated earlier into the data folder, or generates it now
 * with mode 0600. Creation is exclusive, so two processes starting at once
 * agree on one value. `lossWarning` is what losing the file would cost,
 * for the warning logged when it is created.
 */
export function readOrCreateSecretFile(fileName: string, generate: () => string, lossWarning: string): string {
  const directory = generatedSecretsDirectory();
  const filePath = path.join(directory, fileName);
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });

  try {
    fs.writeFileSync(filePath, `${generate()}\n`, { flag: "wx", mode: 0o600 });
    logger.warn(
      { file: filePath },
      `Generated a secret into the data folder because its environment variable is unset. ${lossWarning} Set the variable in production.`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }

  return fs.readFileSync(filePath, "utf8").trim();
}
