// `npm start`: builds the app when the build is missing or older than the
// sources, applies migrations and seeds the demo data, then runs `next start`.
import { spawn, spawnSync } from "node:child_process";

import { describeDatabase, isEmbeddedDatabase } from "@/lib/config";
import { DataFolderLockedError } from "@/lib/db/data-folder-lock";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { ConfigurationError } from "@/lib/errors";
import { printSeedResult } from "@/lib/seed/print-seed-result";
import { checkStartupConfiguration } from "@/lib/startup/startup-checks";
import { buildIsCurrent, recordBuildFingerprint } from "./build-fingerprint";

const nextBin = "node_modules/next/dist/bin/next";

function buildIfStale(): void {
  if (buildIsCurrent()) return;
  console.log("Building the app (the build is missing or older than the sources)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("The build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  recordBuildFingerprint();
}

function serverEnvironment(): NodeJS.ProcessEnv {
  // Next would otherwise try to send usage telemetry to Vercel.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  env.NEXTAUTH_URL ??= env.AUTH_URL;
  // Without a configured public URL, next-auth takes the origin from the
  // request's Host header, so sign-in works on localhost and 127.0.0.1 alike.
  if (!env.NEXTAUTH_URL) env.AUTH_TRUST_HOST ??= "true";
  return env;
}

async function main(): Promise<void> {
  buildIfStale();

  try {
    checkStartupConfiguration();
    console.log(`Database: ${describeDatabase()}`);
    printSeedResult(await prepareDatabase());
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof DataFolderLockedError) {
      console.error(`Start-up failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const port = process.env.PORT?.trim() || "3000";
  const args = [nextBin, "start", "--port", port];
  if (isEmbeddedDatabase()) console.log("Embedded database: this server must be the only process using the data folder.");

  const server = spawn(process.execPath, args, { stdio: "inherit", env: serverEnvironment() });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();
