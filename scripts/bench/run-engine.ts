// One engine's run: a fresh database, the seed, the production server, then
// every case measured in turn.
import os from "node:os";
import path from "node:path";

import { openDatabase } from "@/lib/db/database";
import type { DatabaseTarget } from "@/lib/db/sql-driver";

import { caseRequests } from "./bench-cases";
import { createBenchDatabase } from "./bench-database";
import type { BenchOptions, CaseName, EngineName } from "./bench-options";
import { startBenchServer, type BenchServer } from "./bench-server";
import { withCleanup } from "./cleanup-on-signal";
import { formatProfileSummary, summarizeCpuProfile } from "./cpu-profile-summary";
import { measureCase, type CaseMeasurement } from "./measure-case";
import { processCpuMs } from "./process-cpu";
import { caseLine, cpuLine, engineLine, loadWarning, unmetGoals } from "./report";
import { seedBenchData, type BenchFixture } from "./seed-bench-data";
import { signIn } from "./sign-in";

const LOG_DIR = path.join(os.tmpdir(), "switchboard-bench");
// Functions listed per case in a profile summary.
const PROFILE_TOP_FUNCTIONS = 20;

function progress(message: string): void {
  console.log(`# ${message}`);
}

async function seed(engine: EngineName, options: BenchOptions, target: DatabaseTarget): Promise<BenchFixture> {
  const started = performance.now();
  const database = await openDatabase(target);
  try {
    const fixture = await seedBenchData(database, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    progress(`${engine}: seeded ${options.organizations} organizations and ${options.integrations} integrations in ${seconds} s`);
    return fixture;
  } finally {
    await database.close();
  }
}

/** Prints the profile of each case's measured run; the warm-ups and start-up are left out. */
function printProfile(file: string, serverStartedAt: number, measured: [CaseName, CaseMeasurement][]): void {
  for (const [name, measurement] of measured) {
    const window = { fromMs: measurement.measuredFrom - serverStartedAt, toMs: measurement.measuredTo - serverStartedAt };
    console.log(formatProfileSummary(`${name} ${file}`, summarizeCpuProfile(file, window, PROFILE_TOP_FUNCTIONS)));
  }
}

/** Measures every case on a running server; returns false when a case got a status other than 2xx or connection errors. */
async function measureCases(
  engine: EngineName,
  options: BenchOptions,
  server: BenchServer,
  fixture: BenchFixture,
  measured: [CaseName, CaseMeasurement][],
): Promise<boolean> {
  const sessionCookie = await signIn(server.origin, fixture.admin.email, fixture.admin.password);
  console.log(engineLine(engine, options));
  const warning = loadWarning();
  if (warning) console.log(warning);

  let passed = true;
  let baselineRps = Number.NaN;
  for (const name of options.cases) {
    const requests = caseRequests(name, fixture, sessionCookie);
    const measurement = await measureCase(server.origin, requests, options, () => processCpuMs(server.pid));
    if (name === "baseline") baselineRps = measurement.rps;
    measured.push([name, measurement]);

    console.log(caseLine(name, measurement, baselineRps));
    console.log(cpuLine(name, measurement));
    if (measurement.failure) {
      passed = false;
      console.log(`FAIL ${engine} ${name}: ${measurement.failure}`);
    }
    const unmet = unmetGoals(name, measurement, baselineRps);
    if (unmet.length > 0) console.log(`GOAL ${engine} ${name} not met: ${unmet.join(", ")}`);
  }
  progress(`${engine}: load average after the run ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);
  return passed;
}

/** Runs every case on one engine; returns false when a case failed. */
export async function benchEngine(engine: EngineName, options: BenchOptions, secrets: Record<string, string>): Promise<boolean> {
  const database = await createBenchDatabase(engine, options.postgresServerUrl);
  return withCleanup(database.remove, async () => {
    const fixture = await seed(engine, options, database.target);
    const server = await startBenchServer({
      engine,
      port: options.port,
      environment: { ...database.serverEnvironment, ...secrets },
      logDir: LOG_DIR,
      cpuProfileDir: options.cpuProfileDir,
    });
    progress(`${engine}: server at ${server.origin}, log in ${server.logPath}`);

    const measured: [CaseName, CaseMeasurement][] = [];
    const stopServer = async () => {
      const profile = await server.stop();
      if (profile) printProfile(profile, server.startedAt, measured);
      else if (options.cpuProfileDir) progress(`${engine}: the server wrote no CPU profile to ${options.cpuProfileDir}`);
    };
    return withCleanup(stopServer, () => measureCases(engine, options, server, fixture, measured));
  });
}
