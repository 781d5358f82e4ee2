// `npm run bench`: for each engine, seeds a fresh database, starts the
// production server on 127.0.0.1 and measures every load case with autocannon.
// Settings come from the environment (see bench-options.ts and docs/benchmarks.md).
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";

import { openDatabase } from "@/lib/db/database";

import { caseRequests } from "./bench-cases";
import { createBenchDatabase } from "./bench-database";
import { readBenchOptions, type BenchOptions, type EngineName } from "./bench-options";
import { startBenchServer } from "./bench-server";
import { formatProfileSummary, summarizeCpuProfile } from "./cpu-profile-summary";
import { measureCase } from "./measure-case";
import { caseLine, engineLine, unmetGoals } from "./report";
import { seedBenchData, type BenchFixture } from "./seed-bench-data";
import { signIn } from "./sign-in";

const LOG_DIR = path.join(os.tmpdir(), "switchboard-bench");

function progress(message: string): void {
  console.log(`# ${message}`);
}

async function seed(engine: EngineName, options: BenchOptions, target: Parameters<typeof openDatabase>[0]): Promise<BenchFixture> {
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

/** Runs every case on one engine; returns false when a case got a status other than 2xx or connection errors. */
async function benchEngine(engine: EngineName, options: BenchOptions, secrets: Record<string, string>): Promise<boolean> {
  const database = await createBenchDatabase(engine, options.postgresServerUrl);
  let passed = true;
  try {
    const fixture = await seed(engine, options, database.target);
    const server = await startBenchServer({
      engine,
      port: options.port,
      environment: { ...database.serverEnvironment, ...secrets },
      logDir: LOG_DIR,
      cpuProfileDir: options.cpuProfileDir,
    });
    progress(`${engine}: server at ${server.origin}, log in ${server.logPath}`);

    try {
      const sessionCookie = await signIn(server.origin, fixture.admin.email, fixture.admin.password);
      console.log(engineLine(engine, options));

      let baselineRps = Number.NaN;
      for (const name of options.cases) {
        const measurement = await measureCase(server.origin, caseRequests(name, fixture, sessionCookie), options);
        if (name === "baseline") baselineRps = measurement.rps;
        console.log(caseLine(name, measurement, baselineRps));
        if (measurement.failure) {
          passed = false;
          console.log(`FAIL ${engine} ${name}: ${measurement.failure}`);
        }
        const unmet = unmetGoals(name, measurement, baselineRps);
        if (unmet.length > 0) console.log(`GOAL ${engine} ${name} not met: ${unmet.join(", ")}`);
      }
      progress(`${engine}: load average after the run ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);
    } finally {
      const profile = await server.stop();
      if (profile) console.log(formatProfileSummary(profile, summarizeCpuProfile(profile)));
      else if (options.cpuProfileDir) progress(`${engine}: the server wrote no CPU profile to ${options.cpuProfileDir}`);
    }
  } finally {
    await database.remove();
  }
  return passed;
}

const options = readBenchOptions();
// One set of secrets for the seeding process and the server, so the server
// decrypts the seeded keys and nothing is generated into the data folder.
const secrets = {
  SWITCHBOARD_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
  AUTH_SECRET: randomBytes(32).toString("base64"),
};
Object.assign(process.env, secrets);

let allPassed = true;
for (const engine of options.engines) {
  allPassed = (await benchEngine(engine, options, secrets)) && allPassed;
}
process.exit(allPassed ? 0 : 1);
