// The benchmark's settings, read from the environment. The defaults finish both
// engines in about four minutes on a 2-core machine.

export const CASE_NAMES = ["baseline", "resolve", "list", "page"] as const;
export type CaseName = (typeof CASE_NAMES)[number];

export type EngineName = "pglite" | "postgres";

export type BenchOptions = {
  /** Seconds each case is measured for. */
  durationSeconds: number;
  /** Seconds each case runs, unmeasured, before its measurement. */
  warmupSeconds: number;
  /** Concurrent HTTP connections autocannon keeps open. */
  connections: number;
  /** The cases to run, in this order; baseline always runs first because every ratio needs it. */
  cases: CaseName[];
  engines: EngineName[];
  /** The PostgreSQL server on which a fresh database is created and dropped again, or undefined. */
  postgresServerUrl: string | undefined;
  organizations: number;
  integrations: number;
  /** The server's port, or undefined to take any free port. */
  port: number | undefined;
  /** When set, the server runs with `node --cpu-prof` and writes its profile to this folder. */
  cpuProfileDir: string | undefined;
};

// The organization with many integrations, for the list and page cases.
export const LARGE_ORGANIZATION_INTEGRATIONS = 100;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got "${raw}".`);
  }
  return value;
}

function listOf<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = process.env[name]?.trim();
  if (!raw) return [...fallback];
  const values = raw.split(",").map((value) => value.trim());
  const unknown = values.filter((value) => !allowed.includes(value as T));
  if (unknown.length > 0) {
    throw new Error(`${name} contains unknown values (${unknown.join(", ")}); allowed: ${allowed.join(", ")}.`);
  }
  return values as T[];
}

export function readBenchOptions(): BenchOptions {
  const postgresServerUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || undefined;
  const availableEngines: EngineName[] = postgresServerUrl ? ["pglite", "postgres"] : ["pglite"];
  const engines = listOf("BENCH_ENGINES", ["pglite", "postgres"], availableEngines);
  if (engines.includes("postgres") && !postgresServerUrl) {
    throw new Error("BENCH_ENGINES includes postgres: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server URL.");
  }

  const requestedCases = listOf("BENCH_CASES", CASE_NAMES, CASE_NAMES);
  const cases: CaseName[] = ["baseline", ...requestedCases.filter((name) => name !== "baseline")];

  const organizations = positiveInteger("BENCH_ORGANIZATIONS", 10_000);
  const integrations = positiveInteger("BENCH_INTEGRATIONS", 40_000);
  if (organizations < 2 || integrations < LARGE_ORGANIZATION_INTEGRATIONS + organizations - 1) {
    throw new Error(
      `BENCH_INTEGRATIONS must be at least ${LARGE_ORGANIZATION_INTEGRATIONS} plus one per other organization ` +
        `(${LARGE_ORGANIZATION_INTEGRATIONS + organizations - 1} for ${organizations} organizations).`,
    );
  }

  return {
    durationSeconds: positiveInteger("BENCH_DURATION_SECONDS", 15),
    warmupSeconds: positiveInteger("BENCH_WARMUP_SECONDS", 5),
    connections: positiveInteger("BENCH_CONNECTIONS", 10),
    cases,
    engines,
    postgresServerUrl,
    organizations,
    integrations,
    port: process.env.BENCH_PORT?.trim() ? positiveInteger("BENCH_PORT", 0) : undefined,
    cpuProfileDir: process.env.BENCH_CPU_PROFILE_DIR?.trim() || undefined,
  };
}
