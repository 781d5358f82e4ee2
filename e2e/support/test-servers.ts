// The servers the browser tests run against, shared by playwright.config.ts and the specs.

export const FAKE_PROVIDERS_PORT = Number(process.env.E2E_FAKE_PROVIDERS_PORT || 4610);
export const FAKE_PROVIDERS_ORIGIN = `http://127.0.0.1:${FAKE_PROVIDERS_PORT}`;

/** The demo accounts' password in every test server. */
export const E2E_DEMO_PASSWORD = "e2e-demo-password";

export type E2eEngine = "pglite" | "postgres";

export const E2E_APP_PORTS: Record<E2eEngine, number> = {
  pglite: Number(process.env.E2E_PGLITE_PORT || 4620),
  postgres: Number(process.env.E2E_POSTGRES_PORT || 4630),
};

export function e2eEngines(): E2eEngine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** Where a test server writes its log, which the leak test searches. */
export function serverLogPath(engine: E2eEngine): string {
  return `test-results/server-${engine}.log`;
}

/** The embedded data folder of the PGlite test server, which the leak test searches. */
export function pgliteDataDir(): string {
  return "test-results/pglite-data";
}

/** Where the PostgreSQL test server's database URL is written, for the leak test's pg_dump. */
export function postgresUrlPath(): string {
  return "test-results/postgres-database-url";
}
