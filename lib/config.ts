import path from "node:path";

/**
 * Server configuration read from the environment. Each getter reads
 * process.env when called, so scripts and tests can set variables first.
 */

/** The PostgreSQL server URL, or undefined for the embedded PGlite database. */
export function databaseUrl(): string | undefined {
  const value = process.env.DATABASE_URL?.trim();
  return value ? value : undefined;
}

/** The folder of the embedded database and of secrets generated for it. */
export function dataDirectory(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.SWITCHBOARD_DATA_DIR?.trim() || ".data");
}

export function isEmbeddedDatabase(): boolean {
  return databaseUrl() === undefined;
}

/** The database host for log lines: never the URL, which may carry a password. */
export function describeDatabase(): string {
  const url = databaseUrl();
  if (!url) return `embedded PGlite in ${dataDirectory()}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL is not a valid URL)";
  }
}

export function isTruthy(value: string | undefined): boolean {
  return ["1", "true", "yes", "on"].includes((value ?? "").trim().toLowerCase());
}
